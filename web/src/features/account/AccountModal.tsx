import { Alert, type AlertProps, Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './account.css';

/**
 * Mantine's modal, centred, with a named close button (Mantine leaves it unnamed, which axe reports
 * as critical) and the screens' contrast fixes, as it renders outside them in a portal.
 */
export function AccountModal(props: ModalProps) {
  const { t } = useTranslation('account');
  return (
    <Modal
      centered
      className="account-screen"
      {...props}
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
