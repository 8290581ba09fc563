import { Group, Text } from '@mantine/core';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import importClasses from '../import/import.module.css';
import { filesOfDrop, filesOfInput, type PickedFile } from './collect-files.ts';
import classes from './documents.module.css';

/** A real file input shown as a button: keyboard, screen readers and tests' `setInputFiles` use it. */
function PickButton({
  label,
  describedBy,
  folder = false,
  onFiles,
}: {
  label: string;
  describedBy: string;
  folder?: boolean;
  onFiles: (files: PickedFile[]) => void;
}) {
  const id = useId();
  return (
    <span className={classes.pick}>
      <input
        id={id}
        type="file"
        multiple
        className={importClasses.input}
        aria-describedby={describedBy}
        data-testid={folder ? 'folder-input' : 'file-input'}
        {...(folder ? { webkitdirectory: '' } : {})}
        onChange={(event) => {
          const picked = filesOfInput(event.currentTarget.files);
          // Cleared so choosing the same files again still counts as a choice.
          event.currentTarget.value = '';
          if (picked.length > 0) onFiles(picked);
        }}
      />
      <label htmlFor={id} className={classes.button}>
        {label}
      </label>
    </span>
  );
}

/**
 * Where files come in: dropped (folders too, walked to the bottom) or chosen, as files or as a
 * whole folder.
 */
export function DropZone({ onFiles }: { onFiles: (files: PickedFile[]) => void }) {
  const { t } = useTranslation('documents');
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void filesOfDrop(event.dataTransfer).then((picked) => {
      if (picked.length > 0) onFiles(picked);
    });
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the keyboard uses the inputs inside
    <div
      className={`${importClasses.drop} ${dragging ? importClasses.dragging : ''}`}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className={`${importClasses.zone} ${classes.zone}`}>
        <Text fw={600}>{t('add.drop')}</Text>
        <Text size="sm" c="dimmed" id={hintId}>
          {t('add.hint')}
        </Text>
        <Group gap="sm" justify="center">
          <PickButton label={t('add.chooseFiles')} describedBy={hintId} onFiles={onFiles} />
          <PickButton label={t('add.chooseFolder')} describedBy={hintId} onFiles={onFiles} folder />
        </Group>
      </div>
    </div>
  );
}
