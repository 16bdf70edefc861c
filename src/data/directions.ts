// "Directions" hands a site off to the navigation apps people in China use (Amap, Baidu) and to OpenStreetMap.
// Each link passes the position in the datum that app's URL scheme expects:
//   - Amap route planning, https://uri.amap.com/navigation (lbs.amap.com URI API, "路径规划"): `to=lon,lat,name`
//     in Amap's own GCJ-02. That scheme documents no datum parameter (only the marker scheme has
//     `coordinate=wgs84`), so our WGS84 point is converted to GCJ-02 with gcoord.
//   - Baidu marker, https://api.map.baidu.com/marker (Baidu Web URI API): `location=lat,lng` with the
//     documented `coord_type=wgs84`, so the WGS84 point goes as it is; the page offers "到这里去" (route here).
//   - OpenStreetMap directions: OSM is WGS84; `to=lat,lon` fills the destination.
// Without a position the apps search for the Chinese name within the city instead.
import gcoord from 'gcoord';

export type DirectionsApp = 'amap' | 'baidu' | 'osm';
export type Datum = 'WGS84' | 'GCJ-02';

export interface DirectionsTarget {
  /** The place's Chinese name: what Amap, Baidu and OSM (in China) know it by. */
  name: string;
  /** WGS84 [lon, lat], or null when we do not know where it is. */
  position: readonly [number, number] | null;
  /** City to search in when there is no position (兰州). */
  city: string;
}

export interface DirectionsLink {
  app: DirectionsApp;
  href: string;
  /** Datum of the coordinates in `href`; null for a name search. */
  datum: Datum | null;
  /** The [lon, lat] written into `href`, in `datum`; null for a name search. */
  sent: [number, number] | null;
}

/** Identifies this app to the Amap and Baidu URI services (both ask for a `src`; Baidu's form is webapp.company.app). */
const SRC_AMAP = 'lanzhou-cultural-map';
const SRC_BAIDU = 'webapp.lanzhou.cultural-map';

/** 6 decimals ≈ 0.1 m: more than any of our sources can claim, fewer than noise. */
const fix6 = (x: number) => String(Math.round(x * 1e6) / 1e6);

function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

export function amapLink(t: DirectionsTarget): DirectionsLink {
  if (!t.position) {
    return {
      app: 'amap',
      datum: null,
      sent: null,
      href: `https://uri.amap.com/search?${query({ keyword: t.name, city: t.city, src: SRC_AMAP, callnative: '1' })}`,
    };
  }
  const [lon, lat] = gcoord.transform([t.position[0], t.position[1]], gcoord.WGS84, gcoord.GCJ02);
  return {
    app: 'amap',
    datum: 'GCJ-02',
    sent: [lon, lat],
    href: `https://uri.amap.com/navigation?${query({ to: `${fix6(lon)},${fix6(lat)},${t.name.replace(/,/g, ' ')}`, src: SRC_AMAP, callnative: '1' })}`,
  };
}

export function baiduLink(t: DirectionsTarget): DirectionsLink {
  if (!t.position) {
    return {
      app: 'baidu',
      datum: null,
      sent: null,
      href: `https://api.map.baidu.com/place/search?${query({ query: t.name, region: t.city, output: 'html', src: SRC_BAIDU })}`,
    };
  }
  const [lon, lat] = t.position;
  return {
    app: 'baidu',
    datum: 'WGS84',
    sent: [lon, lat],
    href: `https://api.map.baidu.com/marker?${query({
      location: `${fix6(lat)},${fix6(lon)}`,
      title: t.name,
      content: t.city,
      coord_type: 'wgs84',
      output: 'html',
      src: SRC_BAIDU,
    })}`,
  };
}

export function osmLink(t: DirectionsTarget): DirectionsLink {
  if (!t.position) {
    return {
      app: 'osm',
      datum: null,
      sent: null,
      href: `https://www.openstreetmap.org/search?${query({ query: `${t.name} ${t.city}` })}`,
    };
  }
  const [lon, lat] = t.position;
  return {
    app: 'osm',
    datum: 'WGS84',
    sent: [lon, lat],
    href: `https://www.openstreetmap.org/directions?${query({ to: `${fix6(lat)},${fix6(lon)}` })}#map=17/${fix6(lat)}/${fix6(lon)}`,
  };
}

/** Links for every app, in the order they are offered (Amap first: the most used in China). */
export function directionsLinks(t: DirectionsTarget): DirectionsLink[] {
  return [amapLink(t), baiduLink(t), osmLink(t)];
}
