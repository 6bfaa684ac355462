/**
 * An error Supabase Storage would answer with (storage-contract.md §1): the semantic status goes
 * into the body as a string; the HTTP status is 400 for every such error below 500 (a legacy
 * decision of Supabase Storage), except where `httpStatus` says otherwise.
 */
export class StorageError extends Error {
	statusCode: number;
	error: string;
	code: string;
	httpStatus: number;

	constructor(
		statusCode: number,
		code: string,
		message: string,
		error: string = code,
		httpStatus = statusCode >= 500 ? statusCode : 400
	) {
		super(message);
		this.statusCode = statusCode;
		this.code = code;
		this.error = error;
		this.httpStatus = httpStatus;
	}

	get body() {
		return {
			statusCode: String(this.statusCode),
			error: this.error,
			message: this.message,
			code: this.code
		};
	}
}

export const noSuchBucket = () =>
	new StorageError(404, 'NoSuchBucket', 'Bucket not found', 'Bucket not found');
export const noSuchKey = () => new StorageError(404, 'NoSuchKey', 'Object not found', 'not_found');
export const blobMissing = () =>
	new StorageError(404, 'NoSuchKey', 'The resource was not found', 'Not found');
export const keyAlreadyExists = () =>
	new StorageError(409, 'KeyAlreadyExists', 'The resource already exists', 'Duplicate');
export const accessDenied = (message = 'Access denied') =>
	new StorageError(403, 'AccessDenied', message, 'Unauthorized');
export const invalidKey = (key: string) =>
	new StorageError(400, 'InvalidKey', `Invalid key: ${key}`);
export const invalidBucketName = () =>
	new StorageError(400, 'InvalidBucketName', 'Bucket name invalid', 'Invalid Input');
export const invalidMimeType = (type: string) =>
	new StorageError(
		415,
		'InvalidMimeType',
		`mime type ${type} is not supported`,
		'invalid_mime_type'
	);
export const entityTooLarge = () =>
	new StorageError(
		413,
		'EntityTooLarge',
		'The object exceeded the maximum allowed size',
		'Payload too large'
	);
export const invalidRequest = (message: string) => new StorageError(400, 'InvalidRequest', message);
/** Request validation (Fastify's schema check): `error` is `Error`, as in Supabase Storage. */
export const validationError = (message: string) =>
	new StorageError(400, 'InvalidRequest', message, 'Error');
export const invalidParameter = (name: string) =>
	new StorageError(400, 'InvalidParameter', `Invalid Parameter ${name}`);
export const invalidJwt = (message: string) => new StorageError(400, 'InvalidJWT', message);
export const invalidSignature = (message = 'Invalid signature') =>
	new StorageError(400, 'InvalidSignature', message);
export const expiredToken = () =>
	new StorageError(400, 'ExpiredToken', 'The provided token has expired.');
export const invalidRange = () =>
	new StorageError(416, 'InvalidRange', 'invalid range provided', 'invalid_range', 416);
export const routeNotFound = (method: string, path: string) =>
	new StorageError(404, 'InvalidRequest', `Route ${method}:${path} not found`, 'Not Found', 404);
export const internalError = () =>
	new StorageError(500, 'InternalError', 'Internal Server Error', 'Internal');
