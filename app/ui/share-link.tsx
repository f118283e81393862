// A page's address to pass on. Without JavaScript: the URL in a read-only field (select and
// copy). With JavaScript: "Link kopieren" (Clipboard API) and, where the browser offers it,
// its own share dialog (navigator.share).
import { useId, useRef, useState } from "react";
import { useHydrated } from "remix-utils/use-hydrated";
import { useMessages } from "~/i18n";

export function ShareLink({ url, label, shareTitle }: { url: string; label: string; shareTitle: string }) {
  const id = useId();
  const hydrated = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");
  const texts = useMessages().detail.shareLink;
  const canShare = hydrated && typeof navigator !== "undefined" && typeof navigator.share === "function";

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(texts.copied);
    } catch {
      // No clipboard (insecure context, denied permission): leave the copying to the person.
      input.current?.focus();
      input.current?.select();
      setMessage(texts.copyFailed);
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: shareTitle, url });
    } catch (error) {
      // AbortError: the person closed the dialog, which is fine.
      if (!(error instanceof DOMException && error.name === "AbortError")) {
        setMessage(texts.shareFailed);
      }
    }
  };

  return (
    <div className="share-link">
      <label htmlFor={id}>{label}</label>
      <div className="share-link__row">
        <input
          ref={input}
          id={id}
          type="url"
          readOnly
          value={url}
          className="share-link__url"
          onFocus={(event) => event.currentTarget.select()}
        />
        {hydrated ? (
          <button type="button" onClick={copy}>
            {texts.copy}
          </button>
        ) : null}
        {canShare ? (
          <button type="button" className="button-secondary" onClick={share}>
            {texts.share}
          </button>
        ) : null}
      </div>
      <p className="share-link__status" role="status">
        {message}
      </p>
    </div>
  );
}
