import exifr from 'exifr';
import type { MetadataValue } from './extract-types.ts';

/**
 * What exifr reads that is safe to show. Deliberately absent: GPS coordinates, altitude and
 * direction (only `hasGps` says they were there), the camera's and lens's serial numbers, and the
 * owner, artist and copyright names: each can identify a witness.
 */
const EXIF_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  xmp: true,
  iptc: false,
  icc: false,
  jfif: false,
  ihdr: false,
  interop: false,
  makerNote: false,
  userComment: false,
  // Raw values: exifr would turn "2023:02:27 10:15:00" into a Date in this server's time zone.
  reviveValues: false,
  translateValues: false,
  mergeOutput: true,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.replace(/\0+$/, '').trim() : undefined;

/** EXIF's "YYYY:MM:DD HH:MM:SS" as ISO 8601, with the offset when the camera recorded one. */
function exifDateTime(value: unknown, offset: unknown): string | undefined {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text(value) ?? '');
  if (!match || match[1] === '0000') return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const zone = /^[+-]\d{2}:\d{2}$/.test(text(offset) ?? '') ? text(offset) : '';
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`;
}

/** "Canon" + "Canon EOS 80D" is "Canon EOS 80D", not "Canon Canon EOS 80D". */
function cameraName(make: string | undefined, model: string | undefined): string | undefined {
  if (!make) return model;
  if (!model) return make;
  return model.toLowerCase().startsWith(make.toLowerCase()) ? model : `${make} ${model}`;
}

/** Camera, time taken, orientation, software and whether GPS was recorded; {} when there is no EXIF. */
export async function readImageMetadata(bytes: Buffer): Promise<Record<string, MetadataValue>> {
  let tags: unknown;
  try {
    tags = await exifr.parse(bytes, EXIF_OPTIONS);
  } catch {
    // Damaged metadata in an image whose pixels are fine: the image is still evidence.
    return { hasGps: false, metadataReadable: false };
  }
  if (!isRecord(tags)) return { hasGps: false };
  const metadata: Record<string, MetadataValue> = {
    hasGps: tags.GPSLatitude !== undefined || tags.GPSLongitude !== undefined,
  };
  const camera = cameraName(text(tags.Make), text(tags.Model));
  if (camera) metadata.camera = camera;
  const takenAt =
    exifDateTime(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ??
    exifDateTime(tags.CreateDate, tags.OffsetTimeDigitized) ??
    exifDateTime(tags.ModifyDate, tags.OffsetTime);
  if (takenAt) metadata.takenAt = takenAt;
  if (typeof tags.Orientation === 'number') metadata.orientation = tags.Orientation;
  const software = text(tags.Software);
  if (software) metadata.software = software;
  return metadata;
}
