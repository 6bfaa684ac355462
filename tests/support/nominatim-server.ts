/**
 * The local stand-in for Nominatim that tests start instead of calling the public instance, which
 * serves people searching, not test runs. It lives in stack/ because the demo installation, which
 * has no internet, runs the same server as its geocoder.
 */
export {
	startNominatimServer,
	type NominatimFailure,
	type NominatimServer
} from '../../stack/demo-geocoder.ts';
