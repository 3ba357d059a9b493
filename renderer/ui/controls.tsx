// Small pieces the staff screens share: a row of filter toggles and a notice that is both shown
// and announced.
import './controls.css';

export function FilterTabs<T extends string>(props: {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  text: (option: T) => string;
}) {
  return (
    <div className="reception__tabs" role="group" aria-label={props.label}>
      {props.options.map((option) => (
        <button
          key={option}
          type="button"
          className="button"
          aria-pressed={props.value === option}
          onClick={() => props.onChange(option)}
        >
          {props.text(option)}
        </button>
      ))}
    </div>
  );
}

export function Notice(props: { text: string }) {
  return (
    <>
      <p className="visually-hidden" role="status">
        {props.text}
      </p>
      {props.text && <p className="reception__notice">{props.text}</p>}
    </>
  );
}
