// One lifecycle for every staff dialog: opened modal on mount, closed on unmount, and the focus
// handed back by hand — React removes the <dialog> before cleanup runs, and a removed dialog does
// not return the focus itself. When the opener is gone, `fallbackId` names where focus goes.
import { useEffect, useRef } from 'react';

export function useModalDialog(fallbackId?: string) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement;
    element?.showModal();
    return () => {
      element?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      else if (fallbackId) document.getElementById(fallbackId)?.focus();
    };
  }, [fallbackId]);
  return dialog;
}
