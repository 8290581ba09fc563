import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Receives the live parameters (a copy to change freely) and returns the next ones. */
type SearchEdit = (params: URLSearchParams) => URLSearchParams;

/**
 * Changes the URL's query string, starting from the address bar as it is now.
 *
 * React Router's own updater starts from the parameters of the last render, and it renders a
 * navigation as a transition: two choices made quickly on a busy machine would then start from the
 * same old parameters, and the second would silently undo the first (a chosen country lost when the
 * sort is chosen next). The address bar already holds the first choice.
 */
export function useSearchEdit() {
  const [, setSearch] = useSearchParams();
  return useCallback(
    (edit: SearchEdit, options: { replace?: boolean } = {}) =>
      setSearch(() => edit(new URLSearchParams(window.location.search)), {
        replace: options.replace ?? false,
      }),
    [setSearch],
  );
}

/** Sets each parameter to its value, or removes it when the value is null or empty. */
export function applyChanges(params: URLSearchParams, changes: Record<string, string | null>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
}
