import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A short confirmation; its close button is named, which Mantine's default is not. */
export function useNotify() {
  const { t } = useTranslation('records');
  return (message: string) =>
    notifications.show({ message, closeButtonProps: { 'aria-label': t('form.close') } });
}
