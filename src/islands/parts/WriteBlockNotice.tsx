import { useStore } from '@nanostores/preact';
import { describeWriteBlock, type WriteBlock } from '../../lib/storage/save-result';
import { $storageHealth, DEFAULT_STORAGE_HEALTH } from '../../stores/storage-engine';

interface Props {
  /** The stored value the tool writes: 'applications', 'profile'… */
  name: string;
  /** That data in words, plural: "your interviews". */
  what: string;
}

/**
 * Shown beside a tool's form while the data it writes cannot be saved (it comes from a
 * newer version, or could not be read nor copied), so nobody types into a form that
 * seems to save and does not. Nothing on the server, nor while all is well.
 */
export default function WriteBlockNotice({ name, what }: Props) {
  const { newer, uncopied } = useStore($storageHealth, { ssr: () => DEFAULT_STORAGE_HEALTH });
  const key = `cc:${name}`;
  const block: WriteBlock | null = newer.includes(key) ? 'newer' : uncopied.includes(key) ? 'uncopied' : null;
  return block ? <p class="notice notice--warning">{describeWriteBlock(block, what)}</p> : null;
}
