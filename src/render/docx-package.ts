import JSZip from 'jszip';

/**
 * docx writes the current time into the core properties and into every zip entry, and gives each
 * hyperlink a random relationship id. This rewrites those from the document's own date and the
 * links' order, and zips the parts in a fixed order, so equal input gives equal bytes.
 */
export async function makeDocxDeterministic(packed: Buffer, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(packed);
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, entry] of Object.entries(source.files)) {
    if (entry.dir) continue;
    parts.set(name, isXml(name) ? await entry.async('string') : await entry.async('uint8array'));
  }
  fixCoreDates(parts, date);
  renumberHyperlinks(parts);
  markNormalAsDefaultStyle(parts);

  const output = new JSZip();
  for (const name of [...parts.keys()].sort(byPackageOrder)) {
    output.file(name, parts.get(name) as string | Uint8Array, { date, createFolders: false });
  }
  return output.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

function isXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** [Content_Types].xml and the package relationships first, as Office writes them; then by name. */
function byPackageOrder(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function fixCoreDates(parts: Map<string, string | Uint8Array>, date: Date): void {
  const core = parts.get('docProps/core.xml');
  if (typeof core !== 'string') throw new Error('docx wrote no docProps/core.xml');
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  parts.set(
    'docProps/core.xml',
    core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`),
  );
}

/**
 * Each part's hyperlink relationships become rIdLink1, rIdLink2… in the order docx added them.
 * One pass over each part with a map of the new ids: a footnotes part of a long briefing holds
 * thousands of links, and rewriting it once per link took seconds.
 */
function renumberHyperlinks(parts: Map<string, string | Uint8Array>): void {
  for (const [relsName, rels] of parts) {
    const match = /^(.*)_rels\/([^/]+)\.rels$/.exec(relsName);
    if (!match || typeof rels !== 'string') continue;
    const partName = `${match[1]}${match[2]}`;
    const part = parts.get(partName);
    if (typeof part !== 'string') continue;
    const stable = new Map<string, string>();
    for (const relationship of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]+)"/.exec(relationship[0])?.[1];
      if (id && /\/hyperlink"/.test(relationship[0]) && !stable.has(id))
        stable.set(id, `rIdLink${stable.size + 1}`);
    }
    if (stable.size === 0) continue;
    const renamedRels = rels.replace(
      /(<Relationship\b[^>]*\bId=")([^"]+)(")/g,
      (whole, before: string, id: string, after: string) =>
        stable.has(id) ? `${before}${stable.get(id)}${after}` : whole,
    );
    const renamedPart = part.replace(/r:id="([^"]+)"/g, (whole, id: string) =>
      stable.has(id) ? `r:id="${stable.get(id)}"` : whole,
    );
    parts.set(relsName, renamedRels);
    parts.set(partName, renamedPart);
  }
}

/** docx cannot flag a style as the default; Word then treats unstyled paragraphs as Normal. */
function markNormalAsDefaultStyle(parts: Map<string, string | Uint8Array>): void {
  const styles = parts.get('word/styles.xml');
  if (typeof styles !== 'string') return;
  parts.set(
    'word/styles.xml',
    styles.replace(
      '<w:style w:type="paragraph" w:styleId="Normal">',
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">',
    ),
  );
}
