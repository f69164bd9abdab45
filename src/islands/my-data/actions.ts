/**
 * Everything My data does on a button, loaded together through actions-code.ts. One module
 * rather than one per button: stores/my-data.ts, which they share, would otherwise be
 * imported by several lazy files, and a store shared that way is put in the tools chunk
 * every tool page loads at once.
 */
export { askToKeep } from './ask-to-keep';
export { backupFile, deleteBackup, readBackupData } from './backup-actions';
export { default as DeleteConfirm } from './DeleteConfirm';
export { exportFile } from './export-file';
export { readImportFile } from './import-file';
export { replaceFrom } from './replace';
export { default as ReplacePreview } from './ReplacePreview';
