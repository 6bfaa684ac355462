import type { Point } from 'geojson';
import * as L from 'leaflet';
import Supercluster from 'supercluster';
import {
	clusterCount,
	clusterSize,
	organisationsOf,
	placeFeatures,
	type DirectoryPoints,
	type MapOrganisation,
	type PlaceFeature
} from './points.ts';

/** The texts the layer writes into the map, in the page's language. */
export type ClusterTexts = {
	cluster: (count: number) => string;
	samePlace: (count: number) => string;
	more: (count: number) => string;
	kind: (kind: MapOrganisation[2]) => string;
	close: string;
};

export type ClusterLayerOptions = {
	texts: ClusterTexts;
	locale: string;
	/** The page's direction: popups follow it, while Leaflet's own containers stay left-to-right. */
	direction: 'ltr' | 'rtl';
	organisationHref: (slug: string) => string;
	onselect: (slug: string) => void;
};

type Place = PlaceFeature['properties'];
type Entry = {
	marker: L.Marker;
	/** The organisations under the marker, worked out only when something is highlighted. */
	organisations: () => Set<number>;
	highlighted: boolean;
};

/** A popup lists at most this many organisations of a place; the list has all of them. */
const POPUP_ORGANISATIONS = 10;
/** Marker sizes in pixels (the CSS draws them); the icon is anchored at its centre. */
const SIZES = { point: 22, place: 30, small: 34, medium: 40, large: 48 } as const;
/**
 * Clusters form up to this zoom; beyond it every place stands alone (at 17 a place is about a
 * street apart from the next cluster radius). Fewer levels make the index quicker to build.
 */
const CLUSTER_MAX_ZOOM = 16;

/**
 * The directory's points on a Leaflet map, clustered with supercluster: the index is built once
 * per answer, and each move draws only the clusters in view, keeping the markers that stay (so a
 * small pan touches few elements). Markers are text in HTML, so they show without map tiles, and
 * named buttons, so they can be reached and activated by keyboard.
 */
export class DirectoryClusterLayer {
	readonly #map: L.Map;
	readonly #options: ClusterLayerOptions;
	readonly #group = L.layerGroup();
	#index: Supercluster<Place> | null = null;
	#organisations: MapOrganisation[] = [];
	#slugs = new Map<string, number>();
	#entries = new Map<string, Entry>();
	#highlightedSlug: string | null = null;
	#highlighted: number | null = null;

	constructor(map: L.Map, options: ClusterLayerOptions) {
		this.#map = map;
		this.#options = options;
		this.#group.addTo(map);
		map.on('moveend', this.render, this);
	}

	/** Indexes a new answer (without drawing it); returns the places that could be drawn. */
	setData(data: DirectoryPoints): PlaceFeature[] {
		const features = placeFeatures(data);
		this.#organisations = data.organisations;
		this.#slugs = new Map(data.organisations.map(([slug], index) => [slug, index]));
		this.#highlighted = this.#indexOf(this.#highlightedSlug);
		// Clusters count places, not organisations: summing those (supercluster's map and reduce)
		// would make the index half again as slow to build, for a number rarely different.
		this.#index = new Supercluster<Place>({ radius: 60, maxZoom: CLUSTER_MAX_ZOOM }).load(features);
		this.#group.clearLayers();
		this.#entries.clear();
		return features;
	}

	/** Draws the clusters and points in view, reusing the markers that were already there. */
	render(): void {
		const index = this.#index;
		if (!index) return;
		const bounds = this.#map.getBounds();
		const features = index.getClusters(
			[bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
			Math.round(this.#map.getZoom())
		);
		// New markers join the page north to south: a sensible order for Tab and screen readers.
		features.sort((a, b) => b.geometry.coordinates[1]! - a.geometry.coordinates[1]!);
		const previous = this.#entries;
		const next = new Map<string, Entry>();
		for (const feature of features) {
			const cluster = 'cluster' in feature.properties ? feature.properties : null;
			const key = cluster ? `c${cluster.cluster_id}` : `p${String(feature.id)}`;
			let entry = previous.get(key);
			if (entry) previous.delete(key);
			else {
				entry = cluster
					? this.#clusterEntry(feature, cluster.cluster_id, cluster.point_count)
					: this.#placeEntry(feature as PlaceFeature);
				this.#group.addLayer(entry.marker);
			}
			next.set(key, entry);
		}
		for (const { marker } of previous.values()) this.#group.removeLayer(marker);
		this.#entries = next;
		this.#applyHighlight();
		performance.mark('directory-map:rendered', { detail: { markers: next.size } });
	}

	/** Marks every cluster and point that holds the organisation (hovered or focused in the list). */
	highlight(slug: string | null): void {
		this.#highlightedSlug = slug;
		this.#highlighted = this.#indexOf(slug);
		this.#applyHighlight();
	}

	#indexOf(slug: string | null): number | null {
		return slug === null ? null : (this.#slugs.get(slug) ?? null);
	}

	destroy(): void {
		this.#map.off('moveend', this.render, this);
		this.#group.remove();
	}

	#applyHighlight(): void {
		const wanted = this.#highlighted;
		for (const entry of this.#entries.values()) {
			const on = wanted !== null && entry.organisations().has(wanted);
			if (on === entry.highlighted) continue;
			entry.highlighted = on;
			entry.marker.getElement()?.classList.toggle('is-highlighted', on);
			entry.marker.setZIndexOffset(on ? 1000 : 0);
		}
	}

	/** One organisation's place opens its popup; a place several share lists them. */
	#placeEntry({ geometry, properties }: PlaceFeature): Entry {
		const shared = properties.organisations;
		const count = shared.length;
		const first = this.#organisations[shared[0]!]!;
		const marker =
			count === 1
				? this.#marker(geometry, first[1], 'point', document.createElement('span'))
				: this.#marker(
						geometry,
						this.#options.texts.samePlace(count),
						'place',
						this.#number(count)
					);
		marker.on('click', () => this.#openPopup(marker, shared, count === 1 ? null : count));
		const organisations = new Set(shared);
		return { marker, organisations: () => organisations, highlighted: false };
	}

	/** A cluster zooms in to where it falls apart. */
	#clusterEntry({ geometry }: { geometry: Point }, id: number, count: number): Entry {
		const index = this.#index!;
		const label = this.#options.texts.cluster(count);
		const marker = this.#marker(geometry, label, clusterSize(count), this.#number(count));
		marker.on('click', () => {
			// The cluster's element goes away with the move: keep the keyboard focus in the map.
			this.#map.getContainer().focus({ preventScroll: true });
			this.#map.setView(marker.getLatLng(), index.getClusterExpansionZoom(id));
		});
		let organisations: Set<number> | null = null;
		const lookup = () =>
			(organisations ??= new Set(organisationsOf(index.getLeaves(id, Infinity))));
		return { marker, organisations: lookup, highlighted: false };
	}

	#number(count: number): HTMLElement {
		const number = document.createElement('span');
		number.textContent = clusterCount(count, this.#options.locale);
		return number;
	}

	#marker(
		geometry: Point,
		label: string,
		size: keyof typeof SIZES,
		content: HTMLElement
	): L.Marker {
		const [longitude, latitude] = geometry.coordinates as [number, number];
		const pixels = SIZES[size];
		const className =
			size === 'point'
				? 'map-point'
				: size === 'place'
					? 'map-place'
					: `map-cluster map-cluster-${size}`;
		const marker = L.marker([latitude, longitude], {
			icon: L.divIcon({ html: content, className, iconSize: [pixels, pixels] }),
			keyboard: true,
			riseOnHover: true,
			// Focusing a marker must not move the map: that would redraw the markers under the
			// keyboard user's feet.
			autoPanOnFocus: false
		});
		// Leaflet names only image icons (alt); the element is created anew on every add.
		marker.on('add', () => marker.getElement()?.setAttribute('aria-label', label));
		marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
			// Leaflet's marker is a role=button that answers only a click: Enter and Space activate too.
			const key = event.originalEvent.key;
			if (key !== 'Enter' && key !== ' ') return;
			event.originalEvent.preventDefault();
			marker.fire('click');
		});
		return marker;
	}

	/**
	 * A popup with links to the organisations' pages. `count` is set for a place several share
	 * (a cluster that cannot zoom further); a single point also selects its organisation.
	 */
	#openPopup(marker: L.Marker, organisations: number[], count: number | null): void {
		const { texts, direction, organisationHref } = this.#options;
		const content = document.createElement('div');
		content.className = 'map-popup';
		content.dir = direction;
		if (count !== null) {
			const heading = document.createElement('p');
			heading.className = 'map-popup-heading';
			heading.textContent = texts.samePlace(count);
			content.append(heading);
		}
		const list = document.createElement('ul');
		for (const index of organisations.slice(0, POPUP_ORGANISATIONS)) {
			const [slug, name, kind] = this.#organisations[index]!;
			const link = document.createElement('a');
			link.href = organisationHref(slug);
			link.textContent = name;
			const kindText = document.createElement('span');
			kindText.className = 'map-popup-kind';
			kindText.textContent = texts.kind(kind);
			const item = document.createElement('li');
			item.append(link, kindText);
			list.append(item);
		}
		content.append(list);
		if (organisations.length > POPUP_ORGANISATIONS) {
			const more = document.createElement('p');
			more.textContent = texts.more(organisations.length - POPUP_ORGANISATIONS);
			content.append(more);
		}
		const offset = (marker.options.icon?.options.iconSize as [number, number] | undefined)?.[1];
		const popup = L.popup({
			autoPanPadding: [16, 16],
			maxWidth: 280,
			offset: [0, -(offset ?? 0) / 2]
		})
			.setLatLng(marker.getLatLng())
			.setContent(content)
			.openOn(this.#map);
		const close = popup.getElement()?.querySelector('.leaflet-popup-close-button');
		close?.setAttribute('aria-label', texts.close);
		close?.setAttribute('title', texts.close);
		// Keyboard users land in the popup, and Escape takes them back to the marker.
		content.querySelector('a')?.focus({ preventScroll: true });
		content.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			this.#map.closePopup(popup);
			marker.getElement()?.focus({ preventScroll: true });
		});
		const first = organisations[0];
		if (count === null && first !== undefined) {
			this.#options.onselect(this.#organisations[first]![0]);
		}
	}
}
