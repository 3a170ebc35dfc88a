// @ts-check
/**
 * TFLite model metadata, written and read with the `flatbuffers` library.
 *
 * MediaPipe Tasks reads an image model's input normalisation from a `TFLITE_METADATA` entry in
 * the model (a `ModelMetadata` flatbuffer, file identifier `M001`) and refuses a float model
 * without one. The BlazePose models on npm have none, so we add it.
 *
 * Schemas (field slots below are their declaration order):
 * - tensorflow/lite/schema/schema.fbs — Model, Buffer, Metadata;
 * - tensorflow_lite_support/metadata/metadata_schema.fbs — ModelMetadata and friends.
 */
import { Builder, ByteBuffer } from 'flatbuffers';

export const METADATA_NAME = 'TFLITE_METADATA';
const MODEL_IDENTIFIER = 'TFL3';
const METADATA_IDENTIFIER = 'M001';
/** tflite `Buffer.data` is declared `force_align: 16`; the converter lays weights out on 16. */
const BUFFER_ALIGN = 16;

/** tflite.Model slots. */
const Model = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
  count: 8,
};
/** tflite.Buffer and tflite.Metadata slots. */
const BufferT = { data: 0 };
const MetadataT = { name: 0, buffer: 1 };
/** metadata_schema.fbs slots and enum values. */
const ModelMetadata = { name: 0, description: 1, version: 2, subgraphMetadata: 3, minParserVersion: 7 };
const SubGraphMetadata = { name: 0, inputTensorMetadata: 2 };
const TensorMetadata = { name: 0, description: 1, content: 3, processUnits: 4, stats: 5 };
const Content = { propertiesType: 0, properties: 1 };
const ContentProperties = { ImageProperties: 2 };
const ImageProperties = { colorSpace: 0 };
const ColorSpaceType = { RGB: 1 };
const ProcessUnit = { optionsType: 0, options: 1 };
const ProcessUnitOptions = { NormalizationOptions: 1 };
const NormalizationOptions = { mean: 0, std: 1 };
const Stats = { max: 0, min: 1 };
/** The oldest metadata parser that understands every field we write (schema 1.0.0). */
const MIN_PARSER_VERSION = '1.0.0';

/**
 * @typedef {object} ImageInputSpec What an image model expects of its single input tensor.
 * @property {string} modelName
 * @property {string} description
 * @property {number} mean  normalisation `(pixel - mean) / std`, one value for all channels
 * @property {number} std
 * @property {number} min   range of the normalised values, for readers' validation
 * @property {number} max
 */

/**
 * A `ModelMetadata` flatbuffer describing one RGB image input.
 * @param {ImageInputSpec} spec
 * @returns {Uint8Array}
 */
export function buildImageModelMetadata(spec) {
  const b = new Builder(1024);
  const floats = (/** @type {number[]} */ values) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addFloat32(/** @type {number} */ (values[i]));
    return b.endVector();
  };
  const offsets = (/** @type {number[]} */ items) => {
    b.startVector(4, items.length, 4);
    for (let i = items.length - 1; i >= 0; i--) b.addOffset(/** @type {number} */ (items[i]));
    return b.endVector();
  };

  b.startObject(1);
  b.addFieldInt8(ImageProperties.colorSpace, ColorSpaceType.RGB, 0);
  const imageProperties = b.endObject();
  b.startObject(2);
  b.addFieldInt8(Content.propertiesType, ContentProperties.ImageProperties, 0);
  b.addFieldOffset(Content.properties, imageProperties, 0);
  const content = b.endObject();

  const mean = floats([spec.mean]);
  const std = floats([spec.std]);
  b.startObject(2);
  b.addFieldOffset(NormalizationOptions.mean, mean, 0);
  b.addFieldOffset(NormalizationOptions.std, std, 0);
  const normalization = b.endObject();
  b.startObject(2);
  b.addFieldInt8(ProcessUnit.optionsType, ProcessUnitOptions.NormalizationOptions, 0);
  b.addFieldOffset(ProcessUnit.options, normalization, 0);
  const processUnits = offsets([b.endObject()]);

  const max = floats([spec.max]);
  const min = floats([spec.min]);
  b.startObject(2);
  b.addFieldOffset(Stats.max, max, 0);
  b.addFieldOffset(Stats.min, min, 0);
  const stats = b.endObject();

  const tensorName = b.createString('image');
  const tensorDescription = b.createString(
    `RGB image, normalised as (pixel - ${spec.mean}) / ${spec.std} into [${spec.min}, ${spec.max}].`,
  );
  b.startObject(6);
  b.addFieldOffset(TensorMetadata.name, tensorName, 0);
  b.addFieldOffset(TensorMetadata.description, tensorDescription, 0);
  b.addFieldOffset(TensorMetadata.content, content, 0);
  b.addFieldOffset(TensorMetadata.processUnits, processUnits, 0);
  b.addFieldOffset(TensorMetadata.stats, stats, 0);
  const inputs = offsets([b.endObject()]);

  const subgraphName = b.createString(spec.modelName);
  b.startObject(3);
  b.addFieldOffset(SubGraphMetadata.name, subgraphName, 0);
  b.addFieldOffset(SubGraphMetadata.inputTensorMetadata, inputs, 0);
  const subgraphs = offsets([b.endObject()]);

  const name = b.createString(spec.modelName);
  const description = b.createString(spec.description);
  const version = b.createString('1');
  const minParserVersion = b.createString(MIN_PARSER_VERSION);
  b.startObject(8);
  b.addFieldOffset(ModelMetadata.name, name, 0);
  b.addFieldOffset(ModelMetadata.description, description, 0);
  b.addFieldOffset(ModelMetadata.version, version, 0);
  b.addFieldOffset(ModelMetadata.subgraphMetadata, subgraphs, 0);
  b.addFieldOffset(ModelMetadata.minParserVersion, minParserVersion, 0);
  b.finish(b.endObject(), METADATA_IDENTIFIER);
  return b.asUint8Array().slice();
}

/**
 * A copy of a TFLite model with `metadata` attached as its `TFLITE_METADATA` entry.
 *
 * Rather than re-encode the whole model (which would need the full TFLite schema), the original
 * bytes are embedded unchanged, 16-byte aligned, and a new root `Model` table is built in front of
 * them that points into the original tables, with one more buffer and one more metadata entry.
 * Every flatbuffer offset is relative, so the original tables stay valid where they are.
 * @param {Uint8Array} model
 * @param {Uint8Array} metadata
 * @returns {Uint8Array}
 */
export function attachMetadata(model, metadata) {
  const old = openModel(model);
  const vtableSize = old.bb.readUint16(old.root - old.bb.readInt32(old.root));
  const fieldCount = (vtableSize - 4) / 2;
  for (let slot = Model.count; slot < fieldCount; slot++) {
    if (old.bb.__offset(old.root, 4 + 2 * slot) !== 0) {
      throw new Error(`the model has a field (slot ${slot}) this builder does not know how to carry over`);
    }
  }
  if (findMetadataBuffer(old) !== null) throw new Error('the model already has TFLITE_METADATA');

  const b = new Builder(model.length + metadata.length + 4096);
  // The original bytes, placed so their start keeps the model's own 16-byte alignment.
  b.prep(BUFFER_ALIGN, model.length);
  const embedded = b.createByteVector(model);
  /** Builder offset (distance from the end) of a position in the original model. */
  const moved = (/** @type {number} */ position) => embedded - 4 - position;
  const field = (/** @type {number} */ slot) => {
    const at = old.bb.__offset(old.root, 4 + 2 * slot);
    return at === 0 ? 0 : old.root + at;
  };
  const copyOffset = (/** @type {number} */ slot) => {
    const at = field(slot);
    return at === 0 ? 0 : moved(at + old.bb.readInt32(at));
  };
  /** The tables an offset vector field points at, as builder offsets. */
  const tableVector = (/** @type {number} */ slot) => {
    const at = field(slot);
    if (at === 0) return [];
    const vector = old.bb.__vector(at);
    return Array.from({ length: old.bb.__vector_len(at) }, (_, i) => moved(old.bb.__indirect(vector + 4 * i)));
  };
  const offsets = (/** @type {number[]} */ items) => {
    b.startVector(4, items.length, 4);
    for (let i = items.length - 1; i >= 0; i--) b.addOffset(/** @type {number} */ (items[i]));
    return b.endVector();
  };

  b.prep(BUFFER_ALIGN, metadata.length);
  const metadataBytes = b.createByteVector(metadata);
  b.startObject(1);
  b.addFieldOffset(BufferT.data, metadataBytes, 0);
  const metadataBuffer = b.endObject();
  const buffers = tableVector(Model.buffers);
  const metadataIndex = buffers.length;
  const newBuffers = offsets([...buffers, metadataBuffer]);

  const metadataName = b.createString(METADATA_NAME);
  b.startObject(2);
  b.addFieldOffset(MetadataT.name, metadataName, 0);
  b.addFieldInt32(MetadataT.buffer, metadataIndex, null);
  const metadataEntry = b.endObject();
  const newMetadata = offsets([...tableVector(Model.metadata), metadataEntry]);

  const versionAt = field(Model.version);
  b.startObject(Model.count);
  if (versionAt !== 0) b.addFieldInt32(Model.version, old.bb.readUint32(versionAt), null);
  b.addFieldOffset(Model.operatorCodes, copyOffset(Model.operatorCodes), 0);
  b.addFieldOffset(Model.subgraphs, copyOffset(Model.subgraphs), 0);
  b.addFieldOffset(Model.description, copyOffset(Model.description), 0);
  b.addFieldOffset(Model.buffers, newBuffers, 0);
  b.addFieldOffset(Model.metadataBuffer, copyOffset(Model.metadataBuffer), 0);
  b.addFieldOffset(Model.metadata, newMetadata, 0);
  b.addFieldOffset(Model.signatureDefs, copyOffset(Model.signatureDefs), 0);
  b.finish(b.endObject(), MODEL_IDENTIFIER);
  return b.asUint8Array().slice();
}

/**
 * @typedef {object} ImageInputMetadata What a model's metadata says about its image input.
 * @property {string} modelName
 * @property {'RGB' | 'other'} colorSpace
 * @property {number[]} mean
 * @property {number[]} std
 * @property {number[]} min
 * @property {number[]} max
 */

/**
 * Reads back the image-input metadata of a model, or null when it has no `TFLITE_METADATA`.
 * @param {Uint8Array} model
 * @returns {ImageInputMetadata | null}
 */
export function readImageModelMetadata(model) {
  const data = findMetadataBuffer(openModel(model));
  if (data === null) return null;
  const bb = new ByteBuffer(data);
  if (bb.getBufferIdentifier() !== METADATA_IDENTIFIER) {
    throw new Error(`metadata identifier is "${bb.getBufferIdentifier()}", expected ${METADATA_IDENTIFIER}`);
  }
  const root = bb.readInt32(0);
  const table = (/** @type {number} */ at, /** @type {number} */ slot) => {
    const o = bb.__offset(at, 4 + 2 * slot);
    return o === 0 ? 0 : bb.__indirect(at + o);
  };
  const firstOf = (/** @type {number} */ at, /** @type {number} */ slot) => {
    const o = bb.__offset(at, 4 + 2 * slot);
    if (o === 0 || bb.__vector_len(at + o) === 0) return 0;
    return bb.__indirect(bb.__vector(at + o));
  };
  const floats = (/** @type {number} */ at, /** @type {number} */ slot) => {
    const o = bb.__offset(at, 4 + 2 * slot);
    if (o === 0) return [];
    const start = bb.__vector(at + o);
    return Array.from({ length: bb.__vector_len(at + o) }, (_, i) => bb.readFloat32(start + 4 * i));
  };
  const int8 = (/** @type {number} */ at, /** @type {number} */ slot) => {
    const o = bb.__offset(at, 4 + 2 * slot);
    return o === 0 ? 0 : bb.readInt8(at + o);
  };
  const string = (/** @type {number} */ at, /** @type {number} */ slot) => {
    const o = bb.__offset(at, 4 + 2 * slot);
    return o === 0 ? '' : /** @type {string} */ (bb.__string(at + o));
  };

  const subgraph = firstOf(root, ModelMetadata.subgraphMetadata);
  const tensor = subgraph && firstOf(subgraph, SubGraphMetadata.inputTensorMetadata);
  if (!tensor) throw new Error('metadata has no input tensor');
  const content = table(tensor, TensorMetadata.content);
  const isImage = content !== 0 && int8(content, Content.propertiesType) === ContentProperties.ImageProperties;
  const image = isImage ? table(content, Content.properties) : 0;
  const colorSpace = image !== 0 && int8(image, ImageProperties.colorSpace) === ColorSpaceType.RGB ? 'RGB' : 'other';

  let normalization = 0;
  const unitsAt = bb.__offset(tensor, 4 + 2 * TensorMetadata.processUnits);
  if (unitsAt !== 0) {
    const units = bb.__vector(tensor + unitsAt);
    for (let i = 0; i < bb.__vector_len(tensor + unitsAt); i++) {
      const unit = bb.__indirect(units + 4 * i);
      if (int8(unit, ProcessUnit.optionsType) === ProcessUnitOptions.NormalizationOptions) {
        normalization = table(unit, ProcessUnit.options);
      }
    }
  }
  const stats = table(tensor, TensorMetadata.stats);
  return {
    modelName: string(root, ModelMetadata.name),
    colorSpace,
    mean: normalization ? floats(normalization, NormalizationOptions.mean) : [],
    std: normalization ? floats(normalization, NormalizationOptions.std) : [],
    min: stats ? floats(stats, Stats.min) : [],
    max: stats ? floats(stats, Stats.max) : [],
  };
}

/** @param {Uint8Array} model */
function openModel(model) {
  const bb = new ByteBuffer(model);
  if (model.length < 8 || bb.getBufferIdentifier() !== MODEL_IDENTIFIER) {
    throw new Error(`not a TFLite model (identifier "${model.length < 8 ? '' : bb.getBufferIdentifier()}")`);
  }
  return { bb, root: bb.readInt32(0) };
}

/**
 * The bytes of the model's TFLITE_METADATA buffer, or null.
 * @param {{ bb: ByteBuffer, root: number }} model
 */
function findMetadataBuffer({ bb, root }) {
  const metadataAt = bb.__offset(root, 4 + 2 * Model.metadata);
  const buffersAt = bb.__offset(root, 4 + 2 * Model.buffers);
  if (metadataAt === 0 || buffersAt === 0) return null;
  const entries = bb.__vector(root + metadataAt);
  for (let i = 0; i < bb.__vector_len(root + metadataAt); i++) {
    const entry = bb.__indirect(entries + 4 * i);
    const nameAt = bb.__offset(entry, 4 + 2 * MetadataT.name);
    if (nameAt === 0 || bb.__string(entry + nameAt) !== METADATA_NAME) continue;
    const bufferAt = bb.__offset(entry, 4 + 2 * MetadataT.buffer);
    const index = bufferAt === 0 ? 0 : bb.readUint32(entry + bufferAt);
    if (index >= bb.__vector_len(root + buffersAt)) throw new Error('TFLITE_METADATA points past the buffers');
    const buffer = bb.__indirect(bb.__vector(root + buffersAt) + 4 * index);
    const dataAt = bb.__offset(buffer, 4 + 2 * BufferT.data);
    if (dataAt === 0) throw new Error('TFLITE_METADATA buffer is empty');
    const start = bb.__vector(buffer + dataAt);
    return bb.bytes().subarray(start, start + bb.__vector_len(buffer + dataAt));
  }
  return null;
}
