/**
 * Embedded charts, recorded not drawn: Sheet.newChart() → EmbeddedChartBuilder (the
 * as…Chart() variants return the same builder with the type set) → build() → insertChart.
 * What a test can check is the type, the data ranges, the anchor and the options.
 */
import type { FakeKernel } from '../kernel';
import type { ChartPosition, ChartSpec, SpreadsheetModel } from './model';
import { sheetById } from './model';
import { FakeRange } from './range';
import type { Workspace } from './workspace';

/** A chart as built or modified, before it is (re)inserted into a sheet. */
export interface ChartDraft {
  id: number | null;
  type: string;
  ranges: FakeRange[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

export function draftFromSpec(ws: Workspace, ss: SpreadsheetModel, spec: ChartSpec): ChartDraft {
  const ranges = spec.ranges.flatMap((ref) => {
    const sheet = sheetById(ss, ref.sheetId);
    return sheet ? [new FakeRange(ws, { ss, sheet, rect: ref.rect, shape: 'cells' })] : [];
  });
  return {
    id: spec.id,
    type: spec.type,
    ranges,
    position: { ...spec.position },
    options: { ...spec.options },
  };
}

export function specFromDraft(draft: ChartDraft, id: number): ChartSpec {
  return {
    id,
    type: draft.type,
    ranges: draft.ranges.map((r) => ({ sheetId: r.target.sheet.id, rect: r.target.rect })),
    position: { ...draft.position },
    options: { ...draft.options },
  };
}

export class FakeChartOptions {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly options: Record<string, unknown>,
  ) {}

  get(option: string): unknown {
    this.kernel.call('ChartOptions.get');
    return this.options[option] ?? null;
  }
}

export class FakeContainerInfo {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly position: ChartPosition,
  ) {}

  getAnchorRow(): number {
    this.kernel.call('ContainerInfo.getAnchorRow');
    return this.position.anchorRow;
  }

  getAnchorColumn(): number {
    this.kernel.call('ContainerInfo.getAnchorColumn');
    return this.position.anchorCol;
  }

  getOffsetX(): number {
    this.kernel.call('ContainerInfo.getOffsetX');
    return this.position.offsetX;
  }

  getOffsetY(): number {
    this.kernel.call('ContainerInfo.getOffsetY');
    return this.position.offsetY;
  }
}

export class FakeEmbeddedChart {
  constructor(
    private readonly kernel: FakeKernel,
    readonly draft: ChartDraft,
  ) {}

  /** null until the chart is inserted into a sheet. */
  getChartId(): number | null {
    this.kernel.call('EmbeddedChart.getChartId');
    return this.draft.id;
  }

  getId(): string | null {
    this.kernel.call('EmbeddedChart.getId');
    return this.draft.id === null ? null : `u${this.draft.id}`;
  }

  getRanges(): FakeRange[] {
    this.kernel.call('EmbeddedChart.getRanges');
    return [...this.draft.ranges];
  }

  getOptions(): FakeChartOptions {
    this.kernel.call('EmbeddedChart.getOptions');
    return new FakeChartOptions(this.kernel, { ...this.draft.options });
  }

  getContainerInfo(): FakeContainerInfo {
    this.kernel.call('EmbeddedChart.getContainerInfo');
    return new FakeContainerInfo(this.kernel, { ...this.draft.position });
  }

  /** Changes apply only when the rebuilt chart is passed to Sheet.updateChart. */
  modify(): FakeEmbeddedChartBuilder {
    this.kernel.call('EmbeddedChart.modify');
    return new FakeEmbeddedChartBuilder(this.kernel, this.draft);
  }
}

export class FakeEmbeddedChartBuilder {
  private draft: ChartDraft;

  constructor(
    private readonly kernel: FakeKernel,
    from?: ChartDraft,
  ) {
    this.draft = from
      ? {
          ...from,
          ranges: [...from.ranges],
          position: { ...from.position },
          options: { ...from.options },
        }
      : {
          id: null,
          type: '',
          ranges: [],
          position: { anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }

  private as(type: string): this {
    this.draft.type = type;
    return this;
  }

  private option(name: string, value: unknown): this {
    this.draft.options[name] = value;
    return this;
  }

  addRange(range: unknown): this {
    this.kernel.call('EmbeddedChartBuilder.addRange');
    if (!(range instanceof FakeRange)) throw this.kernel.error('INVALID_ARGUMENT', 'range');
    this.draft.ranges.push(range);
    return this;
  }

  removeRange(range: unknown): this {
    this.kernel.call('EmbeddedChartBuilder.removeRange');
    if (range instanceof FakeRange) {
      const { sheet, rect } = range.target;
      this.draft.ranges = this.draft.ranges.filter(
        (r) =>
          r.target.sheet !== sheet ||
          r.target.rect.row !== rect.row ||
          r.target.rect.col !== rect.col ||
          r.target.rect.numRows !== rect.numRows ||
          r.target.rect.numCols !== rect.numCols,
      );
    }
    return this;
  }

  clearRanges(): this {
    this.kernel.call('EmbeddedChartBuilder.clearRanges');
    this.draft.ranges = [];
    return this;
  }

  getRanges(): FakeRange[] {
    this.kernel.call('EmbeddedChartBuilder.getRanges');
    return [...this.draft.ranges];
  }

  /** Takes Charts.ChartType values; recorded by name. */
  setChartType(type: unknown): this {
    this.kernel.call('EmbeddedChartBuilder.setChartType');
    return this.as(String(type));
  }

  getChartType(): string {
    this.kernel.call('EmbeddedChartBuilder.getChartType');
    return this.draft.type;
  }

  asAreaChart(): this {
    this.kernel.call('EmbeddedChartBuilder.asAreaChart');
    return this.as('AREA');
  }

  asBarChart(): this {
    this.kernel.call('EmbeddedChartBuilder.asBarChart');
    return this.as('BAR');
  }

  asColumnChart(): this {
    this.kernel.call('EmbeddedChartBuilder.asColumnChart');
    return this.as('COLUMN');
  }

  asLineChart(): this {
    this.kernel.call('EmbeddedChartBuilder.asLineChart');
    return this.as('LINE');
  }

  asPieChart(): this {
    this.kernel.call('EmbeddedChartBuilder.asPieChart');
    return this.as('PIE');
  }

  asScatterChart(): this {
    this.kernel.call('EmbeddedChartBuilder.asScatterChart');
    return this.as('SCATTER');
  }

  asTableChart(): this {
    this.kernel.call('EmbeddedChartBuilder.asTableChart');
    return this.as('TABLE');
  }

  setOption(option: string, value: unknown): this {
    this.kernel.call('EmbeddedChartBuilder.setOption');
    return this.option(String(option), value);
  }

  setTitle(chartTitle: string): this {
    this.kernel.call('EmbeddedChartBuilder.setTitle');
    return this.option('title', chartTitle);
  }

  setXAxisTitle(title: string): this {
    this.kernel.call('EmbeddedChartBuilder.setXAxisTitle');
    return this.option('hAxis.title', title);
  }

  setYAxisTitle(title: string): this {
    this.kernel.call('EmbeddedChartBuilder.setYAxisTitle');
    return this.option('vAxis.title', title);
  }

  setColors(cssValues: string[]): this {
    this.kernel.call('EmbeddedChartBuilder.setColors');
    return this.option('colors', [...cssValues]);
  }

  setLegendPosition(position: unknown): this {
    this.kernel.call('EmbeddedChartBuilder.setLegendPosition');
    return this.option('legend.position', String(position));
  }

  setStacked(): this {
    this.kernel.call('EmbeddedChartBuilder.setStacked');
    return this.option('isStacked', true);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.kernel.call('EmbeddedChartBuilder.setPosition');
    this.draft.position = { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): FakeEmbeddedChart {
    this.kernel.call('EmbeddedChartBuilder.build');
    return new FakeEmbeddedChart(this.kernel, {
      ...this.draft,
      ranges: [...this.draft.ranges],
      position: { ...this.draft.position },
      options: { ...this.draft.options },
    });
  }
}
