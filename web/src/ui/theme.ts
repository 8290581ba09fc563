import { createTheme } from '@mantine/core';

/**
 * The theme's JavaScript side. Its CSS variables come from Mantine's stylesheet and `theme.css`
 * (the provider runs with `withCssVariables={false}`), so a theme change here that alters colours
 * or sizes must be mirrored there; the style elements Mantine still writes carry the page's nonce.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});
