// Placement mode: the user puts a pin where a site is. A crosshair cursor over the map; a click places the pin,
// a drag adjusts it; the pin is a focusable button, so the keyboard can do the same: arrow keys move it (10 px,
// 50 px with Shift — a step in screen pixels, so it is finer the further one zooms in), Enter confirms, Esc
// cancels; + and - zoom the map around the pin. Reports every position in WGS84 [lon, lat] degrees. While active, map clicks do nothing else.
import { Marker } from 'maplibre-gl';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

export interface PlacementOptions {
  /** Where the pin starts (WGS84). */
  start: [number, number];
  /** Accessible name of the pin, given its position. */
  pinLabel: (position: [number, number]) => string;
  onMove: (position: [number, number]) => void;
  onConfirm: (position: [number, number]) => void;
  onCancel: () => void;
}

export const PIN_STEP_PX = 10;
export const PIN_BIG_STEP_PX = 50;

export class Placement {
  private readonly marker: Marker;
  private readonly pin: HTMLButtonElement;
  private position: [number, number];
  private active = true;
  private readonly onClick = (e: MapMouseEvent) => this.place([e.lngLat.lng, e.lngLat.lat]);
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(
    private readonly map: MapLibreMap,
    private readonly opts: PlacementOptions,
  ) {
    this.position = [opts.start[0], opts.start[1]];
    this.pin = document.createElement('button');
    this.pin.type = 'button';
    this.pin.className = 'placement-pin';
    this.pin.addEventListener('keydown', this.onKey);
    // Enter on a button would also fire 'click'; keydown handles it, so clicks on the pin itself do nothing.
    this.pin.addEventListener('click', (e) => e.stopPropagation());
    this.marker = new Marker({ element: this.pin, draggable: true, anchor: 'bottom' })
      .setLngLat(this.position)
      .addTo(map);
    this.marker.on('drag', () => this.report(false));
    this.marker.on('dragend', () => this.report(true));
    map.getCanvasContainer().classList.add('placing');
    map.on('click', this.onClick);
    this.label();
    if (!map.getBounds().contains(this.position)) map.easeTo({ center: this.position, duration: 300 });
  }

  get isActive(): boolean {
    return this.active;
  }

  get current(): [number, number] {
    return [this.position[0], this.position[1]];
  }

  focusPin(): void {
    this.pin.focus();
  }

  /** Moves the pin to a point (a map click, or a caller) and reports it. */
  place(p: [number, number]): void {
    if (!this.active) return;
    this.marker.setLngLat(p);
    this.report(true);
  }

  /** Removes the pin and the crosshair; the caller decides what to show next. */
  end(): void {
    if (!this.active) return;
    this.active = false;
    this.map.off('click', this.onClick);
    this.map.getCanvasContainer().classList.remove('placing');
    this.marker.remove();
  }

  private report(final: boolean): void {
    const ll = this.marker.getLngLat();
    this.position = [ll.lng, ll.lat];
    if (final) this.label();
    this.opts.onMove(this.current);
  }

  private label(): void {
    this.pin.setAttribute('aria-label', this.opts.pinLabel(this.current));
  }

  private key(e: KeyboardEvent): void {
    const step = e.shiftKey ? PIN_BIG_STEP_PX : PIN_STEP_PX;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const d = moves[e.key];
    if (d) {
      e.preventDefault();
      e.stopPropagation();
      const px = this.map.project(this.position);
      const ll = this.map.unproject([px.x + d[0], px.y + d[1]]);
      this.place([ll.lng, ll.lat]);
      // Keep the pin in view when it walks off the edge.
      if (!this.map.getBounds().contains(ll)) this.map.panTo(ll, { duration: 200 });
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      // Zoom around the pin, so long walks take few presses and fine steps stay possible.
      e.preventDefault();
      e.stopPropagation();
      // A jump, not an animation: two quick presses must add up to two levels.
      this.map.jumpTo({ center: this.position, zoom: this.map.getZoom() + (e.key === '-' ? -1 : 1) });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.opts.onConfirm(this.current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.opts.onCancel();
    }
  }
}
