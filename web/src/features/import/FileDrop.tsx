import { Text } from '@mantine/core';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './import.module.css';

/**
 * A file input that is also a drop zone. The input is real (keyboard, screen readers, and tests'
 * `setInputFiles` use it); the visible zone is its label, which also takes dropped files.
 */
export function FileDrop({
  onFile,
  compact = false,
  disabled = false,
}: {
  onFile: (file: File) => void;
  compact?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation('import');
  const id = useId();
  const hintId = `${id}-hint`;
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the keyboard uses the file input inside
    <div
      className={`${classes.drop} ${dragging ? classes.dragging : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        id={id}
        type="file"
        className={classes.input}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('file.inputLabel')}
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so choosing the same (fixed) file again still counts as a choice.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className={`${classes.zone} ${compact ? classes.compact : ''}`}>
        <Text fw={600}>{compact ? t('file.replace') : t('file.choose')}</Text>
        <Text size="sm" c="dimmed" id={hintId}>
          {t('file.hint')}
        </Text>
      </label>
    </div>
  );
}
