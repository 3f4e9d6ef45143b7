/**
 * One chart of the preview, drawn in plain SVG from its layout (chart-drawing.ts): title, value
 * gridlines and labels, category labels, columns, bars or lines, and the legend. The chart is one
 * image to assistive technology, named by its title.
 */
import type { ReactElement } from "react";
import { formatCellText } from "../headless/numberFormat";
import { type ChartData, chartLayout, seriesColour } from "./chart-drawing";

const FONT = "Calibri, 'Segoe UI', Arial, sans-serif";
const TEXT_COLOUR = "#595959";
const GRID_COLOUR = "#d9d9d9";

interface ChartViewProps {
  name: string;
  data: ChartData;
  width: number;
  height: number;
}

/** An axis label as the value cells show their numbers (a percent axis for shares, money for sales). */
function axisFormat(format: string): (value: number) => string {
  // Excel's axis drops the decimals a round tick does not need ("0.0%" shows 20.0% as 20.0%; kept as written).
  return (value) => formatCellText(value, format === "@" ? "General" : format);
}

export function ChartView({ name, data, width, height }: ChartViewProps): ReactElement {
  const layout = chartLayout(data, width, height, axisFormat(data.valueFormat));
  const { plot } = layout;
  const horizontal = data.kind === "bar";
  return (
    <svg
      role="img"
      aria-label={data.title || name}
      data-chart={name}
      data-kind={data.kind}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT}
      fontSize={11}
      style={{ display: "block" }}
    >
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#ffffff" stroke={GRID_COLOUR} />
      {layout.title && (
        <text x={layout.title.x} y={layout.title.y} textAnchor="middle" fontSize={14} fill={TEXT_COLOUR} data-title="">
          {layout.title.text}
        </text>
      )}
      <g data-axis="values">
        {layout.valueTicks.map((tick, index) =>
          horizontal ? (
            <g key={index}>
              <line x1={tick.at} x2={tick.at} y1={plot.y} y2={plot.y + plot.height} stroke={GRID_COLOUR} />
              <text x={tick.at} y={plot.y + plot.height + 14} textAnchor="middle" fill={TEXT_COLOUR}>
                {tick.label}
              </text>
            </g>
          ) : (
            <g key={index}>
              <line x1={plot.x} x2={plot.x + plot.width} y1={tick.at} y2={tick.at} stroke={GRID_COLOUR} />
              <text x={plot.x - 4} y={tick.at + 4} textAnchor="end" fill={TEXT_COLOUR}>
                {tick.label}
              </text>
            </g>
          ),
        )}
      </g>
      <g data-axis="categories">
        {horizontal ? (
          <line x1={layout.zero} x2={layout.zero} y1={plot.y} y2={plot.y + plot.height} stroke="#bfbfbf" />
        ) : (
          <line x1={plot.x} x2={plot.x + plot.width} y1={layout.zero} y2={layout.zero} stroke="#bfbfbf" />
        )}
        {layout.categoryLabels.map((label, index) =>
          horizontal ? (
            <text key={index} x={plot.x - 4} y={label.at + 4} textAnchor="end" fill={TEXT_COLOUR}>
              {label.text}
            </text>
          ) : (
            <text key={index} x={label.at} y={plot.y + plot.height + 14} textAnchor="middle" fill={TEXT_COLOUR}>
              {label.text}
            </text>
          ),
        )}
      </g>
      {layout.bars.map((bar) => (
        <rect key={`${bar.series}-${bar.point}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={seriesColour(bar.series)} data-series={bar.series} data-point={bar.point} data-value={bar.value} />
      ))}
      {layout.lines.map((line) => (
        <path
          key={line.series}
          d={line.path}
          fill="none"
          stroke={seriesColour(line.series)}
          strokeWidth={2.25}
          strokeLinejoin="round"
          strokeLinecap="round"
          data-series={line.series}
          data-points={line.points.length}
          data-values={line.points.map((point) => point.value).join(" ")}
        />
      ))}
      <g data-legend="">
        {layout.legend.map((entry) => (
          <g key={entry.series}>
            {data.kind === "line" ? (
              <line x1={entry.x} x2={entry.x + 12} y1={entry.y} y2={entry.y} stroke={seriesColour(entry.series)} strokeWidth={2.25} />
            ) : (
              <rect x={entry.x + 2} y={entry.y - 4} width={8} height={8} fill={seriesColour(entry.series)} />
            )}
            <text x={entry.x + 16} y={entry.y + 4} fill={TEXT_COLOUR}>
              {entry.name}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
