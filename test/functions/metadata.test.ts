import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import { FUNCTION_IDS } from '../../src/functions/functions';

const SOURCE = join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');
const config = require(join(__dirname, '..', '..', 'config', 'functions-metadata.js')) as {
  FUNCTIONS_SOURCE: string;
  localize(metadataJson: string, texts: unknown): string;
  englishTexts(): Record<string, { description: string; parameters: Record<string, string> }>;
};

const VIETNAMESE_LETTERS = /[ạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửựỳỷỹđ]/i;
const descriptions = (m: ICustomFunctionsMetadata): string[] => m.functions.flatMap((f) => [f.description ?? '', ...f.parameters.map((p) => p.description ?? '')]);

describe('functions.json (custom-functions-metadata)', () => {
  let metadata: ICustomFunctionsMetadata;
  let associate: { functionName: string; id: string }[];
  let errors: string[];
  let json: string;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    errors = result.errors;
    json = result.metadataJson;
    metadata = JSON.parse(result.metadataJson || '{"functions":[]}') as ICustomFunctionsMetadata;
    associate = result.associate;
  });

  it('has no errors', () => {
    expect(errors).toEqual([]);
  });

  it('is generated from the file the web build uses', () => {
    expect(config.FUNCTIONS_SOURCE).toBe(SOURCE);
  });

  it('declares the four functions with their parameters, the set optional', () => {
    const shape = metadata.functions.map((f) => ({
      id: f.id,
      name: f.name,
      result: f.result?.type,
      parameters: f.parameters.map((p) => `${p.name}:${p.type}${p.optional ? '?' : ''}`),
    }));
    expect(shape).toEqual([
      { id: 'MAXPOINTS', name: 'MAXPOINTS', result: 'number', parameters: ['code:any', 'set:string?'] },
      { id: 'NAME', name: 'NAME', result: 'string', parameters: ['code:any', 'set:string?'] },
      { id: 'PARENT', name: 'PARENT', result: 'string', parameters: ['code:any', 'set:string?'] },
      { id: 'CHECK', name: 'CHECK', result: 'string', parameters: ['code:any', 'name:any', 'max:any', 'set:string?'] },
    ]);
  });

  it('describes every function and parameter in Vietnamese', () => {
    const texts = descriptions(metadata);
    expect(texts.length).toBe(14);
    for (const text of texts) {
      expect(text).toMatch(VIETNAMESE_LETTERS);
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('has an English version (the manifest default) that differs only in the descriptions', () => {
    const english = JSON.parse(config.localize(json, config.englishTexts())) as ICustomFunctionsMetadata;
    const texts = descriptions(english);
    expect(texts).toHaveLength(14);
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(VIETNAMESE_LETTERS);
    }
    const withoutTexts = (m: ICustomFunctionsMetadata) =>
      m.functions.map((f) => ({ ...f, description: '', parameters: f.parameters.map((p) => ({ ...p, description: '' })) }));
    expect(withoutTexts(english)).toEqual(withoutTexts(metadata));
  });

  it('refuses English texts that are out of step with the JSDoc', () => {
    const texts = config.englishTexts();
    const { set: _dropped, ...parameters } = texts.CHECK!.parameters;
    expect(() => config.localize(json, { ...texts, CHECK: { ...texts.CHECK, parameters } })).toThrow(/CHECK\(set\)/);
    expect(() => config.localize(json, { ...texts, EXTRA: { description: 'x', parameters: {} } })).toThrow(/EXTRA is not a function/);
  });

  it('binds each id to the function the add-in registers under it', () => {
    const registered = Object.fromEntries(Object.entries(FUNCTION_IDS).map(([id, fn]) => [id, fn.name]));
    expect(Object.fromEntries(associate.map((a) => [a.id, a.functionName]))).toEqual(registered);
  });
});
