/**
 * Everything the tracker loads on an action, in one file: the forms share their fields
 * and checks, so together they cost one request, and the first opened brings the rest.
 */
export { default as ActivityForm } from './ActivityForm';
export { default as AddInterviewForm } from './AddInterviewForm';
export { default as DeleteDialog } from './DeleteDialog';
export { default as InterviewForm } from './InterviewForm';
export { interviewValuesOf } from '../../lib/follow-ups/form';
