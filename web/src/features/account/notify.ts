import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/**
 * A success notification whose close button has a name (Mantine leaves it unnamed, which axe
 * reports as a critical violation).
 */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({
    color: 'green',
    message,
    ...(title ? { title } : {}),
    closeButtonProps: { 'aria-label': i18next.t('account:actions.close') },
  });
}
