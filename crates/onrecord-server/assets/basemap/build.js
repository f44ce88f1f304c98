// Builds countries.tsv (the embedded basemap) from Natural Earth outlines in the npm package
// world-atlas (ISC; Natural Earth data is public domain). Run from this directory:
//   npm install --no-save world-atlas@2.0.2 topojson-client@3 && node build.js
// Output: one country per line, "name<TAB>path", the path in SVG syntax on an equirectangular
// projection (x = longitude, y = -latitude, degrees rounded to 0.1, repeated points dropped).
const fs = require("fs");
const topojson = require("topojson-client");
const world = require("world-atlas/countries-110m.json");
const countries = topojson.feature(world, world.objects.countries);
const round = (v) => Math.round(v * 10) / 10;
const lines = [];
for (const feature of countries.features) {
  const geometry = feature.geometry;
  if (!geometry) continue;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let d = "";
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let last = null;
      let points = [];
      for (const [lon, lat] of ring) {
        const p = [round(lon), round(-lat)];
        if (last && last[0] === p[0] && last[1] === p[1]) continue;
        points.push(p);
        last = p;
      }
      if (points.length < 3) continue;
      d += "M" + points.map((p) => p[0] + " " + p[1]).join("L") + "Z";
    }
  }
  if (d) lines.push((feature.properties.name || "") + "\t" + d);
}
fs.writeFileSync("countries.tsv", lines.join("\n") + "\n");
console.error(`${lines.length} countries`);
