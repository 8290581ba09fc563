import { Alert, type AlertProps, Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './account.css';

/**
 * Mantine's modal without its scroll lock: the lock writes a <style> element without the page's
 * nonce (react-remove-scroll), which the Content-Security-Policy refuses. The overlay still covers
 * the page and focus stays trapped in the dialog. Its close button gets a name, which Mantine omits,
 * and it carries the screens' contrast fixes, as it renders outside them.
 */
export function AccountModal(props: ModalProps) {
  const { t } = useTranslation('account');
  return (
    <Modal
      centered
      className="account-screen"
      {...props}
      lockScroll={false}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    />
  );
}

/** An orange warning whose title keeps AA contrast (Mantine's orange title falls short on its tint). */
export function WarningAlert({ children, ...props }: AlertProps & { children: ReactNode }) {
  return (
    <Alert color="orange" className="account-warning" {...props}>
      {children}
    </Alert>
  );
}
