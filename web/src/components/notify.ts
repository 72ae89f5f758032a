/** Toasts: successes name the item acted on; failures carry the server's explanation. */
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client';

export function notifySuccess(message: string) {
  notifications.show({ color: 'green', message });
}

export function notifyError(title: string, error: unknown) {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}
