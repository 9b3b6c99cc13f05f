/**
 * The method step: Portfolio map by default, the other methods one click away, and the rarely needed options
 * (clusters' k, thresholds, seed, sheet language, the segment column beside the user's table) folded into an
 * accordion. Lazy-loaded with the main screen.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Method } from "../../core/model";
import type { Lang } from "../../core/types";
import { useTexts } from "../i18n/lang-context";
import {
  choosesK,
  MAX_CLUSTERS,
  METHOD_DESCRIPTORS,
  methodOf,
  MIN_CLUSTERS,
  type MethodChoices,
  withMethod,
} from "../method-choices";
import type { ResultThreshold } from "../pane-host";
import { Section } from "./Section";
import { tr, DISPLAY_LANGUAGES, LANGUAGES, isDisplayLang } from "../../core/language";

const useStyles = makeStyles({
  radios: { display: "flex", flexDirection: "column", gap: "0" },
  radioLabel: { display: "flex", flexDirection: "column" },
  description: { color: tokens.colorNeutralForeground3 },
  options: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
  },
  accordionHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  group: { display: "flex", flexDirection: "column", gap: "2px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

const AUTO = "auto";

interface MethodSectionProps {
  choices: MethodChoices;
  /** Thresholds the last map of the same method used (ids and computed values). */
  knownThresholds: readonly ResultThreshold[];
  disabled: boolean;
  onChange: (choices: MethodChoices) => void;
  /** Offer the segment column beside the user's table (only where there is a table to write beside). */
  offersSegmentColumn?: boolean;
}

/** Percent thresholds are edited as whole percents (80, not 0.8). */
function toDisplay(threshold: ResultThreshold, value: number): number {
  return threshold.format === "percent" ? Math.round(value * 1000) / 10 : value;
}
function fromDisplay(threshold: ResultThreshold, value: number): number {
  return threshold.format === "percent" ? value / 100 : value;
}

function spinValue(data: { value?: number | null; displayValue?: string }): number | null {
  if (typeof data.value === "number" && Number.isFinite(data.value)) return data.value;
  if (data.displayValue !== undefined) {
    const parsed = Number(data.displayValue.replace(",", ".").replace("%", "").trim());
    return data.displayValue.trim() !== "" && Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export default function MethodSection({
  choices,
  knownThresholds,
  disabled,
  onChange,
  offersSegmentColumn = true,
}: MethodSectionProps) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const kValues = Array.from({ length: MAX_CLUSTERS - MIN_CLUSTERS + 1 }, (_, i) => MIN_CLUSTERS + i);
  const outputLang: Lang = choices.outputLang ?? lang;
  // Only thresholds the method lets the user set (its descriptor's thresholdIds): RFM reports its score
  // cut-offs, computed from the data, and the core refuses them as overrides.
  const settable = methodOf(choices.method).thresholdIds;
  const thresholds = knownThresholds.filter((threshold) => settable.includes(threshold.id));

  return (
    <Section title={t.methodSectionTitle}>
      <RadioGroup
        aria-label={t.methodSectionTitle}
        value={choices.method}
        disabled={disabled}
        className={styles.radios}
        onChange={(_, data) => onChange(withMethod(choices, data.value as Method))}
      >
        {METHOD_DESCRIPTORS.map((method) => (
          <Radio
            key={method.id}
            value={method.id}
            label={{
              className: styles.radioLabel,
              children: (
                <>
                  <Text weight={method.id === choices.method ? "semibold" : "regular"}>
                    {tr(method.name, lang)}
                  </Text>
                  <Text size={200} className={styles.description}>
                    {tr(method.description, lang)}
                  </Text>
                </>
              ),
            }}
          />
        ))}
      </RadioGroup>

      {choosesK(choices.method) && (
        <Field label={t.methodClustersK} size="small">
          <Dropdown
            clearButton={{ "aria-label": t.clearSelection }}
            size="small"
            disabled={disabled}
            value={choices.k === null ? t.methodClustersAuto : String(choices.k)}
            selectedOptions={[choices.k === null ? AUTO : String(choices.k)]}
            onOptionSelect={(_, data) =>
              onChange({
                ...choices,
                k: data.optionValue === AUTO || !data.optionValue ? null : Number(data.optionValue),
              })
            }
          >
            <Option value={AUTO}>{t.methodClustersAuto}</Option>
            {kValues.map((k) => (
              <Option key={k} value={String(k)}>
                {String(k)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      <Accordion collapsible>
        <AccordionItem value="options">
          <AccordionHeader size="small" className={styles.accordionHeader}>
            {t.methodOptions}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.options}>
              {settable.length > 0 && (
                <div className={styles.group}>
                  <Text size={300} weight="semibold">
                    {t.methodThresholds}
                  </Text>
                  {thresholds.length === 0 && (
                    <Text size={200} className={styles.hint}>
                      {t.methodThresholdsHint}
                    </Text>
                  )}
                </div>
              )}
              {thresholds.map((threshold) => {
                const value = choices.thresholds[threshold.id] ?? threshold.value;
                const suffix = threshold.format === "percent" ? " (%)" : "";
                return (
                  <Field key={threshold.id} label={`${tr(threshold.label, lang)}${suffix}`} size="small">
                    <SpinButton
                      incrementButton={{ "aria-label": t.increaseValue }}
                      decrementButton={{ "aria-label": t.decreaseValue }}
                      size="small"
                      disabled={disabled}
                      value={toDisplay(threshold, value)}
                      step={threshold.format === "percent" ? 1 : undefined}
                      onChange={(_, data) => {
                        const next = spinValue(data);
                        if (next === null) return;
                        onChange({
                          ...choices,
                          thresholds: { ...choices.thresholds, [threshold.id]: fromDisplay(threshold, next) },
                        });
                      }}
                    />
                  </Field>
                );
              })}
              {Object.keys(choices.thresholds).length > 0 && (
                <Button
                  size="small"
                  appearance="secondary"
                  disabled={disabled}
                  onClick={() => onChange({ ...choices, thresholds: {} })}
                >
                  {t.methodThresholdsReset}
                </Button>
              )}
              <Field label={t.methodSeed} size="small" hint={t.methodSeedHint}>
                <SpinButton
                  incrementButton={{ "aria-label": t.increaseValue }}
                  decrementButton={{ "aria-label": t.decreaseValue }}
                  size="small"
                  disabled={disabled}
                  min={0}
                  value={choices.seed ?? null}
                  displayValue={choices.seed === undefined ? "" : undefined}
                  onChange={(_, data) => {
                    const next = spinValue(data);
                    onChange({ ...choices, seed: next === null ? undefined : Math.max(0, Math.round(next)) });
                  }}
                />
              </Field>
              <Field label={t.methodOutputLanguage} size="small">
                <Dropdown
                  clearButton={{ "aria-label": t.clearSelection }}
                  size="small"
                  disabled={disabled}
                  value={LANGUAGES[outputLang].name}
                  selectedOptions={[outputLang]}
                  onOptionSelect={(_, data) =>
                    onChange({
                      ...choices,
                      outputLang: isDisplayLang(data.optionValue) ? data.optionValue : "en",
                    })
                  }
                >
                  {DISPLAY_LANGUAGES.map((id) => (
                    <Option key={id} value={id} lang={id}>
                      {LANGUAGES[id].name}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {offersSegmentColumn && (
                <Checkbox
                  disabled={disabled}
                  checked={choices.segmentColumn}
                  label={t.methodSegmentColumn}
                  onChange={(_, data) => onChange({ ...choices, segmentColumn: data.checked === true })}
                />
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Section>
  );
}
