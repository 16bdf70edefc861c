// The pmtiles:// protocol for MapLibre, registered once and shared by every PMTiles source (the large-data
// demo, the offline base map). Loaded with a dynamic import, so `pmtiles` is not in the first-load JS.
import { addProtocol } from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';
import type { Header } from 'pmtiles';

let protocol: Protocol | null = null;

/** Opens the archive at `url` (absolute http(s) URL) for pmtiles:// sources. Throws if it cannot be read. */
export async function openArchive(url: string): Promise<Header> {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  const archive = new PMTiles(url);
  const header = await archive.getHeader(); // reads the first 16 KiB; throws on a missing or foreign file
  protocol.add(archive);
  return header;
}
