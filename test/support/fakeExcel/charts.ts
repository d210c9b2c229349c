import { ClientObject, Props, defineProps, seal } from "./clientObject";
import { formatAddress } from "./address";
import { ChartModel } from "./model";
import { rangeArgument } from "./ranges";
import { refuseOnProtected } from "./sheetSettings";
import { SheetTarget } from "./worksheets";

export class ChartCollectionProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "ChartCollection";
  }
  protected get _props(): Props<SheetTarget> {
    return {};
  }
  add(type: string, sourceData: unknown, seriesBy = "Auto"): ChartProxy {
    const where = "ChartCollection.add";
    const proxy = seal(new ChartProxy(this.context, `${this._path}.add()`, () => null));
    this._call("add", { type, seriesBy }, (t) => {
      const source = rangeArgument(sourceData, where);
      refuseOnProtected(t.sheet, where);
      const chart: ChartModel = {
        type,
        source: `${source.sheet.name}!${formatAddress(source.addr)}`,
        seriesBy,
        title: null,
        position: null,
      };
      t.sheet.charts.push(chart);
      proxy._bind(chart);
    });
    return proxy;
  }
}

class ChartProxy extends ClientObject<ChartModel> {
  get _entity(): string {
    return "Chart";
  }
  protected get _props(): Props<ChartModel> {
    return {};
  }
  get title(): ChartTitleProxy {
    return this._nav(
      "title",
      () => new ChartTitleProxy(this.context, `${this._path}.title`, () => this._target()),
    );
  }
  setPosition(from: string, to: string): void {
    this._call("setPosition", [from, to], (chart) => {
      chart.position = { from, to };
    });
  }
}

const CHART_TITLE_PROPS: Props<ChartModel> = {
  text: {
    get: (c) => c.title,
    set: (c, v) => {
      c.title = v as string;
    },
  },
};

class ChartTitleProxy extends ClientObject<ChartModel> {
  get _entity(): string {
    return "ChartTitle";
  }
  protected get _props(): Props<ChartModel> {
    return CHART_TITLE_PROPS;
  }
}
defineProps(ChartTitleProxy, CHART_TITLE_PROPS);
