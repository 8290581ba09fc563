/** A file chosen or dropped, with where it sat inside a chosen or dropped folder. */
export interface PickedFile {
  file: File;
  /** `folder/inner/name.pdf` for a file from a folder; the file's name otherwise. */
  path: string;
}

/** `.DS_Store`, `.git/…`: what a folder holds besides its documents, left out when walking it. */
const isHidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A directory's entries: the reader hands them over in batches until one comes back empty. */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (isFile(entry)) {
    // A file that vanished or cannot be read is left out rather than stopping the others.
    const file = await fileOf(entry).catch(() => null);
    if (file) out.push({ file, path: entry.fullPath.replace(/^\//, '') || file.name });
  } else if (isDirectory(entry)) {
    const children = await entriesOf(entry).catch(() => []);
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) if (!isHidden(child.name)) await walk(child, out);
  }
}

/**
 * Every file of a drop, folders walked to the bottom. The entries are taken while the drop event
 * runs (the browser empties `dataTransfer` after it); reading them may go on after.
 */
export function filesOfDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) {
    // No entry API (or a drop from another program): the plain files, without folders.
    return Promise.resolve([...data.files].map((file) => ({ file, path: file.name })));
  }
  return (async () => {
    const out: PickedFile[] = [];
    for (const entry of entries) await walk(entry, out);
    return out;
  })();
}

/**
 * The files of a file or folder input; a folder input names each by its path inside the folder,
 * and its hidden files are left out as a dropped folder's are.
 */
export function filesOfInput(list: FileList | null): PickedFile[] {
  return [...(list ?? [])]
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter(({ file, path }) => !(file.webkitRelativePath && isHidden(path)));
}
