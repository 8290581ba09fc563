import { type IAudioMetadata, parseBuffer } from 'music-metadata';
import type { FormatResult, MetadataValue } from './extract-types.ts';

/** QuickTime and MP4 from phones keep the recording place in a ©xyz atom or an Apple location key. */
const LOCATION_MARKERS = [Buffer.from([0xa9, 0x78, 0x79, 0x7a]), Buffer.from('com.apple.quicktime.location')];

function put(metadata: Record<string, MetadataValue>, name: string, value: MetadataValue | undefined): void {
  if (value !== undefined && value !== null && value !== '') metadata[name] = value;
}

function describe(parsed: IAudioMetadata, metadata: Record<string, MetadataValue>): void {
  const { format, common } = parsed;
  put(metadata, 'container', format.container);
  put(metadata, 'codec', format.codec);
  if (format.duration !== undefined) metadata.durationSeconds = Math.round(format.duration * 1000) / 1000;
  put(metadata, 'sampleRate', format.sampleRate);
  put(metadata, 'channels', format.numberOfChannels);
  if (format.bitrate !== undefined) metadata.bitrate = Math.round(format.bitrate);
  put(metadata, 'lossless', format.lossless);
  put(metadata, 'hasVideo', format.hasVideo);
  const video = format.trackInfo.find((track) => track.video)?.video;
  put(metadata, 'width', video?.pixelWidth);
  put(metadata, 'height', video?.pixelHeight);
  if (format.creationTime && !Number.isNaN(format.creationTime.getTime())) {
    metadata.createdOn = format.creationTime.toISOString();
  }
  put(metadata, 'title', common.title);
  put(metadata, 'artist', common.artist);
  put(metadata, 'album', common.album);
  put(metadata, 'date', common.date);
}

/**
 * Audio and video have no pages: their metadata (duration, codec, container) is what is read. A
 * file music-metadata cannot parse (a recording cut off when the phone died) is still evidence, so
 * it is kept with `metadataReadable: false` instead of refused. The file is not rewritten:
 * `hasGps` warns that the original holds a location.
 */
export async function extractMedia(bytes: Buffer, mediaType: string): Promise<FormatResult> {
  const metadata: Record<string, MetadataValue> = {};
  try {
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const parsed = await parseBuffer(
      data,
      { mimeType: mediaType, size: bytes.length },
      { duration: true, skipCovers: true },
    );
    describe(parsed, metadata);
  } catch {
    metadata.metadataReadable = false;
  }
  if (/^(video|audio)\/(mp4|quicktime|3gpp2?)$/.test(mediaType)) {
    metadata.hasGps = LOCATION_MARKERS.some((marker) => bytes.includes(marker));
  }
  return { pages: [], needsOcr: false, metadata, workingCopy: null };
}
