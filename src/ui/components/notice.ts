import { ApiError } from '../api';
import { el } from '../dom';
import { t } from '../i18n';

/** A polite live region for the outcome of an action. */
export function noticeArea(): HTMLParagraphElement {
  return el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' });
}

export function setNotice(status: HTMLElement, message: string, isError: boolean): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

/** A message for a failed request, in the user's language where we know the case. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error') return t('errors.network');
    return t('errors.generic', { detail: error.message });
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs an action and reports it in `status`: the success message, or the server's reason.
 * Resolves to whether it succeeded.
 */
export async function report(status: HTMLElement, action: () => Promise<unknown>, success: () => string): Promise<boolean> {
  try {
    await action();
    setNotice(status, success(), false);
    return true;
  } catch (error) {
    setNotice(status, describe(error), true);
    return false;
  }
}
