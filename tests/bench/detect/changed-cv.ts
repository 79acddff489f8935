import type { DetectorConfig } from "../../../lib/detection/config";
import { standardScore } from "./bootstrap";
import { changeSeries, type Condition } from "./changed-series";
import { chooseBest } from "./choose-best";
import { detectRowsToCsv, loadLabels, loadSeries, parseSeriesScore, scoreOutputs, type NabScore } from "./nab";

/**
 * Leave-one-series-out cross-validation on the series under one changed condition, each version a data set of its
 * own: the factor is chosen on four changed series by the bench's rule and the fifth is scored with it. Thinning
 * uses the bench's first seed (1000 + the series' index), so at the default factor these are its seed-1 runs.
 */
export function crossValidateChanged(
  files: readonly string[],
  condition: Condition,
  grid: readonly number[],
  config: DetectorConfig,
): { score: NabScore; chosen: number[] } {
  const changed = files.map((file, i) => changeSeries(loadSeries(file), loadLabels()[file], condition, 1000 + i));
  const windows = Object.fromEntries(files.map((file, i) => [file, changed[i].windows]));
  const outputs = new Map(
    grid.map((f) => [
      f,
      changed.map(({ rows }) => detectRowsToCsv(rows, { ...config, CALIBRATION_FACTOR: f })),
    ]),
  );
  const perSeries = new Map(
    grid.map((f) => {
      const scored = scoreOutputs(new Map(files.map((file, i) => [file, outputs.get(f)![i]])), windows);
      return [f, new Map(scored.perFile.map((line) => [line.split(/\s+/)[0], parseSeriesScore(line)]))];
    }),
  );
  const heldOut = new Map<string, string>();
  const chosen: number[] = [];
  files.forEach((test, i) => {
    const train = files.filter((f) => f !== test);
    const factor = chooseBest(grid, (f) => standardScore(train.map((file) => perSeries.get(f)!.get(file)!)));
    chosen.push(factor);
    heldOut.set(test, outputs.get(factor)![i]);
  });
  return { score: scoreOutputs(heldOut, windows), chosen };
}
