import { createTheme, Drawer, type MantineThemeOverride, Modal, Notification } from '@mantine/core';

/**
 * The theme's JavaScript side. Its CSS variables come from Mantine's stylesheet and `theme.css`
 * (the provider runs with `withCssVariables={false}`), so a theme change here that alters colours
 * or sizes must be mirrored there; the style elements Mantine still writes carry the page's nonce.
 * `closeLabel` names every close button (Mantine's have no accessible name of their own).
 */
export function docketTheme(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: 8,
    defaultRadius: 'sm',
    // Menus, modals and drawers appear without animation for those who ask their system for less motion.
    respectReducedMotion: true,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}
