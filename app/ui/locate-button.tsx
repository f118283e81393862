import { useNavigate } from "@remix-run/react";
import { useState } from "react";
import { useHydrated } from "remix-utils/use-hydrated";
import { useMessages } from "~/i18n";

/**
 * "Meinen Standort verwenden": asks the browser for the position only when clicked, rounds
 * it to about 100 m and searches around it, nearest first. Rendered only with JavaScript;
 * without it, the postcode field does the same job.
 */
export function LocateButton({ hrefFor }: { hrefFor: (lat: number, lng: number) => string }) {
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const [state, setState] = useState<"idle" | "asking" | "failed">("idle");
  const texts = useMessages().search.locate;
  if (!hydrated || !("geolocation" in navigator)) return null;

  const locate = () => {
    setState("asking");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const round = (value: number) => Math.round(value * 1000) / 1000;
        setState("idle");
        navigate(hrefFor(round(position.coords.latitude), round(position.coords.longitude)));
      },
      () => {
        setState("failed");
        document.getElementById("ort")?.focus();
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };

  return (
    <div className="locate">
      <button type="button" className="button-secondary" onClick={locate} disabled={state === "asking"}>
        {state === "asking" ? texts.asking : texts.use}
      </button>
      <p className="hint">{texts.hint}</p>
      {state === "failed" ? (
        <p role="alert" className="notice">
          {texts.failed}
        </p>
      ) : null}
    </div>
  );
}
