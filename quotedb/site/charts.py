"""The bars of a quotes-over-time chart, drawn by templates as SVG."""

from __future__ import annotations

import re


def month_chart(counts: dict[str, int], width: int = 640, height: int = 160) -> dict | None:
    """Bars for a quotes-over-time chart: one a month from the first to the last, gaps as 0.

    Spans of more than ten years are drawn by year instead.
    """
    months = sorted(m for m in counts if m and re.fullmatch(r"\d{4}-\d{2}", m))
    if not months:
        return None
    y0, m0 = map(int, months[0].split("-"))
    y1, m1 = map(int, months[-1].split("-"))
    if y1 - y0 > 10:
        years: dict[str, int] = {}
        for m in months:
            years[m[:4]] = years.get(m[:4], 0) + counts[m]
        labels = [str(y) for y in range(y0, y1 + 1)]
        values = [years.get(label, 0) for label in labels]
        unit = "year"
    else:
        labels = []
        y, m = y0, m0
        while (y, m) <= (y1, m1):
            labels.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        values = [counts.get(label, 0) for label in labels]
        unit = "month"
    top = max(values) or 1
    plot_h = height - 30
    step = width / len(labels)
    bar_w = max(step * 0.8, 1)
    every = max(1, round(len(labels) / 8))  # at most about 8 axis labels
    bars = []
    for i, (label, value) in enumerate(zip(labels, values)):
        h = round((plot_h - 14) * value / top, 1)  # 14px above the tallest bar for its count
        bars.append(
            {
                "label": label,
                "count": value,
                "x": round(i * step + (step - bar_w) / 2, 1),
                "y": round(plot_h - h, 1),
                "w": round(bar_w, 1),
                "h": h,
                "tick": i % every == 0 or i == len(labels) - 1,
                "cx": round(i * step + step / 2, 1),
            }
        )
    return {"bars": bars, "width": width, "height": height, "plot_h": plot_h, "max": top, "unit": unit}
