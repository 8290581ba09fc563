import { Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentInfo, workingUrl } from './api.ts';
import classes from './documents.module.css';
import type { RegionMask } from './redaction-api.ts';
import { regionFrom, uprightTransform } from './redaction-masks.ts';

interface Point {
  x: number;
  y: number;
}

/**
 * The working copy drawn upright on a canvas (it has lost its EXIF, so the recorded orientation is
 * applied here, as the server applies it when painting), so fractions of the canvas are fractions of
 * the image as shown upright.
 */
function UprightImage({ document, onReady }: { document: DocumentInfo; onReady: () => void }) {
  const { t } = useTranslation('documents');
  const canvas = useRef<HTMLCanvasElement>(null);
  const orientation = typeof document.metadata.orientation === 'number' ? document.metadata.orientation : 1;
  useEffect(() => {
    const image = new Image();
    let live = true;
    image.onload = () => {
      const target = canvas.current;
      const context = target?.getContext('2d');
      if (!live || !target || !context) return;
      const { naturalWidth: width, naturalHeight: height } = image;
      const swaps = orientation >= 5 && orientation <= 8;
      target.width = swaps ? height : width;
      target.height = swaps ? width : height;
      context.setTransform(...uprightTransform(orientation, width, height));
      context.drawImage(image, 0, 0);
      onReady();
    };
    image.src = workingUrl(document.id);
    return () => {
      live = false;
    };
  }, [document.id, orientation, onReady]);
  return (
    <canvas
      ref={canvas}
      className={classes.redactCanvas}
      role="img"
      aria-label={t('image.alt', { name: document.fileName })}
      data-testid="redact-image"
    />
  );
}

const percent = (value: number) => `${value * 100}%`;

/** Rectangles drawn with the pointer over the image, or typed in percent; each a region mask. */
export function RegionMasker({
  document,
  regions,
  onAdd,
}: {
  document: DocumentInfo;
  regions: readonly { mask: RegionMask; index: number }[];
  onAdd: (mask: RegionMask) => void;
}) {
  const { t } = useTranslation('documents');
  const [ready, setReady] = useState(false);
  const [start, setStart] = useState<Point | null>(null);
  const [draft, setDraft] = useState<RegionMask | null>(null);
  const [fields, setFields] = useState({ x: 0, y: 0, width: 10, height: 10 });
  const markReady = useRef(() => setReady(true)).current;

  const pointAt = (event: PointerEvent<HTMLDivElement>): Point => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height };
  };
  const down = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = pointAt(event);
    setStart(point);
    setDraft(regionFrom(1, point, point));
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (start) setDraft(regionFrom(1, start, pointAt(event)));
  };
  const up = (event: PointerEvent<HTMLDivElement>) => {
    if (!start) return;
    const region = regionFrom(1, start, pointAt(event));
    setStart(null);
    setDraft(null);
    // A click, or a sliver drawn by accident, is not a region.
    const box = event.currentTarget.getBoundingClientRect();
    if (region.width * box.width >= 4 && region.height * box.height >= 4) onAdd(region);
  };
  const cancel = () => {
    setStart(null);
    setDraft(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // As typed, not cut to the image: a region past its edge is refused by the server, which says why.
    const fraction = (value: number) => Math.round(value * 100) / 10_000;
    onAdd({
      page: 1,
      kind: 'region',
      x: fraction(fields.x),
      y: fraction(fields.y),
      width: fraction(fields.width),
      height: fraction(fields.height),
    });
  };
  const field = (name: keyof typeof fields, label: string) => (
    <NumberInput
      label={label}
      value={fields[name]}
      onChange={(value) => setFields((now) => ({ ...now, [name]: typeof value === 'number' ? value : 0 }))}
      min={0}
      max={100}
      decimalScale={2}
      suffix="%"
      w={120}
    />
  );
  const box = (mask: RegionMask) => ({
    left: percent(mask.x),
    top: percent(mask.y),
    width: percent(mask.width),
    height: percent(mask.height),
  });

  return (
    <Stack gap="sm">
      <Text size="sm">{t('redact.regions.help')}</Text>
      <Paper withBorder p="xs" radius="md">
        <div className={classes.redactFrame}>
          <UprightImage document={document} onReady={markReady} />
          {ready ? (
            <div
              className={classes.redactOverlay}
              onPointerDown={down}
              onPointerMove={move}
              onPointerUp={up}
              onPointerCancel={cancel}
              data-testid="region-overlay"
              aria-hidden="true"
            >
              {regions.map(({ mask, index }) => (
                <div key={index} className={classes.region} style={box(mask)} data-testid="region-box">
                  <span className={classes.regionLabel}>{index + 1}</span>
                </div>
              ))}
              {draft ? <div className={classes.regionDraft} style={box(draft)} /> : null}
            </div>
          ) : null}
        </div>
      </Paper>
      <form onSubmit={submit} aria-label={t('redact.regions.typed')}>
        <Group gap="xs" align="flex-end" wrap="wrap">
          {field('x', t('redact.regions.x'))}
          {field('y', t('redact.regions.y'))}
          {field('width', t('redact.regions.width'))}
          {field('height', t('redact.regions.height'))}
          <Button type="submit" variant="light" disabled={fields.width <= 0 || fields.height <= 0}>
            {t('redact.regions.add')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
