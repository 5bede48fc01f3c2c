"""A small deterministic force-directed layout (Fruchterman–Reingold) for the network chart.

Graphs on the overview have at most a few dozen nodes, so plain Python is fast enough and the
page needs no graph library in the browser. Deterministic start (nodes on a circle, heaviest
first) so that the same register always gives the same picture.
"""
from __future__ import annotations

import math
from collections.abc import Hashable


def spring_layout(
    nodes: list[Hashable], edges: list[tuple[Hashable, Hashable, float]], iterations: int = 120
) -> dict[Hashable, tuple[float, float]]:
    """Positions in [-1, 1]² for `nodes`, pulling together the ends of weighted `edges`."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    max_w = max((w for _, _, w in edges), default=1.0) or 1.0
    links = [(index[a], index[b], 0.5 + w / max_w) for a, b, w in edges if a in index and b in index and a != b]
    k = 1.6 * math.sqrt(4.0 / n)  # ideal distance (a bit more than the area share: room for labels)
    temperature = 0.2
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            xi, yi = pos[i]
            for j in range(i + 1, n):
                dx, dy = xi - pos[j][0], yi - pos[j][1]
                d2 = dx * dx + dy * dy or 1e-9
                f = k * k / d2  # repulsion k²/d, as a factor of the unit vector times d
                disp[i][0] += dx * f
                disp[i][1] += dy * f
                disp[j][0] -= dx * f
                disp[j][1] -= dy * f
        for i, j, w in links:
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            f = w * d / k  # attraction d²/k
            disp[i][0] -= dx * f
            disp[i][1] -= dy * f
            disp[j][0] += dx * f
            disp[j][1] += dy * f
        for i in range(n):
            dx, dy = disp[i]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            step = min(d, temperature)
            # a weak pull to the centre keeps unconnected parts on the canvas
            pos[i][0] += dx / d * step - 0.01 * pos[i][0]
            pos[i][1] += dy / d * step - 0.01 * pos[i][1]
        temperature = max(temperature * 0.97, 0.002)
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    scale = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {node: ((pos[i][0] - cx) / scale, (pos[i][1] - cy) / scale) for node, i in index.items()}
