// The "Suggest a position" panel over the map: step 1 places the pin (the map does that; this panel shows the
// hint, the position and the district check), step 2 is the short form (source required; precision, note and
// name optional). DOM only: the caller checks the values and says what is wrong through `showErrors`.
import type { Lang } from '../../types';
import type { SuggestStringKey } from '../../i18n/suggest';
import { tSuggest } from '../../i18n/suggest';
import { h } from '../dom';

export type CheckTone = 'ok' | 'warning' | 'error';
export interface CheckView {
  tone: CheckTone;
  text: string;
}

export interface SuggestFormValues {
  sourceKind: 'url' | 'site-visit';
  url: string;
  date: string;
  precision: 'exact' | 'approximate';
  note: string;
  contributor: string;
}

export type FormField = 'url' | 'date' | 'position';

export interface SuggestPanelOptions {
  onUsePosition: () => void;
  onMoveAgain: () => void;
  onCancel: () => void;
  onSave: (values: SuggestFormValues) => void;
}

export class SuggestPanel {
  readonly el: HTMLElement;
  private readonly heading = h('h2', { id: 'suggest-heading', tabindex: -1 });
  private readonly hint = h('p', { class: 'hint', id: 'suggest-hint' });
  private readonly coords = h('p', { class: 'suggest-coords', role: 'status', 'aria-live': 'polite' });
  private readonly check = h('p', { class: 'suggest-check', id: 'suggest-check' });
  private readonly placing = h('div', { class: 'suggest-actions' });
  private readonly use = h('button', { type: 'button', class: 'primary' });
  private readonly cancelPlacing = h('button', { type: 'button' });
  private readonly form = h('form', { class: 'suggest-form', novalidate: true, hidden: true });
  private readonly legend = h('legend', {});
  private readonly kindUrl = h('input', {
    type: 'radio',
    name: 'suggest-source-kind',
    id: 'suggest-kind-url',
    value: 'url',
    checked: true,
  });
  private readonly kindVisit = h('input', {
    type: 'radio',
    name: 'suggest-source-kind',
    id: 'suggest-kind-visit',
    value: 'site-visit',
  });
  private readonly url = h('input', {
    type: 'url',
    id: 'suggest-url',
    inputmode: 'url',
    autocomplete: 'url',
    maxlength: 2000,
  });
  private readonly date = h('input', { type: 'date', id: 'suggest-date' });
  private readonly precision = h('select', { id: 'suggest-precision' });
  private readonly note = h('textarea', { id: 'suggest-note', rows: 2, maxlength: 1000 });
  private readonly contributor = h('input', {
    type: 'text',
    id: 'suggest-contributor',
    maxlength: 100,
    autocomplete: 'name',
  });
  private readonly urlError = h('p', { class: 'field-error', id: 'suggest-url-error', hidden: true });
  private readonly dateError = h('p', { class: 'field-error', id: 'suggest-date-error', hidden: true });
  private readonly formError = h('p', { class: 'field-error', role: 'alert', hidden: true });
  private readonly moveAgain = h('button', { type: 'button' });
  private readonly save = h('button', { type: 'submit', class: 'primary' });
  private readonly cancelForm = h('button', { type: 'button' });
  private readonly labels: Array<[HTMLElement, SuggestStringKey]> = [];
  private lang: Lang = 'zh';
  private title: { action: SuggestStringKey; name: string } = { action: 'suggestPosition', name: '' };

  constructor(opts: SuggestPanelOptions) {
    const label = (forId: string, key: SuggestStringKey) => {
      const el = h('label', { for: forId });
      this.labels.push([el, key]);
      return el;
    };
    this.use.addEventListener('click', () => opts.onUsePosition());
    this.cancelPlacing.addEventListener('click', () => opts.onCancel());
    this.cancelForm.addEventListener('click', () => opts.onCancel());
    this.moveAgain.addEventListener('click', () => opts.onMoveAgain());
    this.placing.append(this.use, this.cancelPlacing);
    const syncKind = () => {
      const visit = this.kindVisit.checked;
      this.urlRow.hidden = visit;
      this.dateRow.hidden = !visit;
    };
    this.kindUrl.addEventListener('change', syncKind);
    this.kindVisit.addEventListener('change', syncKind);
    this.url.setAttribute('aria-describedby', 'suggest-url-error');
    this.date.setAttribute('aria-describedby', 'suggest-date-error');
    this.urlRow = h('div', { class: 'form-row' }, label('suggest-url', 'urlLabel'), this.url, this.urlError);
    this.dateRow = h(
      'div',
      { class: 'form-row', hidden: true },
      label('suggest-date', 'dateLabel'),
      this.date,
      this.dateError,
    );
    this.form.append(
      h(
        'fieldset',
        { class: 'suggest-source' },
        this.legend,
        h('div', { class: 'form-choice' }, this.kindUrl, label('suggest-kind-url', 'sourceUrl')),
        h('div', { class: 'form-choice' }, this.kindVisit, label('suggest-kind-visit', 'sourceVisit')),
        this.urlRow,
        this.dateRow,
      ),
      h('div', { class: 'form-row' }, label('suggest-precision', 'precisionLabel'), this.precision),
      h('div', { class: 'form-row' }, label('suggest-note', 'noteLabel'), this.note),
      h('div', { class: 'form-row' }, label('suggest-contributor', 'nameLabel'), this.contributor),
      this.formError,
      h('div', { class: 'suggest-actions' }, this.save, this.moveAgain, this.cancelForm),
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      opts.onSave(this.values());
    });
    this.el = h(
      'section',
      { id: 'suggest-panel', class: 'panel suggest-panel', 'aria-labelledby': 'suggest-heading', hidden: true },
      this.heading,
      this.hint,
      this.coords,
      this.check,
      this.placing,
      this.form,
    );
    // Esc anywhere in the panel cancels, as it does on the pin.
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        opts.onCancel();
      }
    });
  }

  private readonly urlRow: HTMLElement;
  private readonly dateRow: HTMLElement;

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    const s = tSuggest.in(lang);
    this.heading.textContent = tSuggest(lang, 'panelTitle', { action: s(this.title.action), name: this.title.name });
    this.hint.textContent = s('placeHint');
    this.use.textContent = s('usePosition');
    this.cancelPlacing.textContent = s('cancel');
    this.cancelForm.textContent = s('cancel');
    this.moveAgain.textContent = s('moveAgain');
    this.save.textContent = s('save');
    this.legend.textContent = s('sourceLegend');
    for (const [el, key] of this.labels) el.textContent = s(key);
    const chosen = this.precision.value || 'exact';
    this.precision.replaceChildren(
      h('option', { value: 'exact' }, s('precisionExact')),
      h('option', { value: 'approximate' }, s('precisionApproximate')),
    );
    this.precision.value = chosen;
  }

  /** Opens at step 1 with an empty form. */
  open(action: 'suggestPosition' | 'suggestCorrection', name: string): void {
    this.title = { action, name };
    this.form.reset();
    this.kindUrl.checked = true;
    this.urlRow.hidden = false;
    this.dateRow.hidden = true;
    this.showErrors({});
    this.setLang(this.lang);
    this.el.hidden = false;
    this.showPlacing();
  }

  close(): void {
    this.el.hidden = true;
  }

  showPlacing(): void {
    this.placing.hidden = false;
    this.hint.hidden = false;
    this.form.hidden = true;
  }

  /** Step 2: the form, with focus on the source (the one thing it needs). */
  showForm(): void {
    this.placing.hidden = true;
    this.hint.hidden = true;
    this.form.hidden = false;
    (this.kindVisit.checked ? this.date : this.url).focus();
  }

  setPosition(coordsText: string, check: CheckView): void {
    this.coords.textContent = coordsText;
    this.check.textContent = check.text;
    this.check.dataset.tone = check.tone;
    this.check.setAttribute('role', check.tone === 'ok' ? 'status' : 'alert');
  }

  /** Shows the problems (text per field, in the UI language) and moves focus to the first one. */
  showErrors(errors: Partial<Record<FormField, string>>): void {
    const set = (input: HTMLElement | null, box: HTMLElement, text: string | undefined) => {
      box.textContent = text ?? '';
      box.hidden = !text;
      if (input) {
        if (text) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    };
    set(this.url, this.urlError, errors.url);
    set(this.date, this.dateError, errors.date);
    set(null, this.formError, errors.position);
    if (errors.url) this.url.focus();
    else if (errors.date) this.date.focus();
  }

  values(): SuggestFormValues {
    return {
      sourceKind: this.kindVisit.checked ? 'site-visit' : 'url',
      url: this.url.value,
      date: this.date.value,
      precision: this.precision.value === 'approximate' ? 'approximate' : 'exact',
      note: this.note.value,
      contributor: this.contributor.value,
    };
  }
}
