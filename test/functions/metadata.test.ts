import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import { FUNCTION_IDS } from '../../src/functions/functions';

const SOURCE = join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');
const config = require(join(__dirname, '..', '..', 'config', 'functions-metadata.js')) as { FUNCTIONS_SOURCE: string };

describe('functions.json (custom-functions-metadata)', () => {
  let metadata: ICustomFunctionsMetadata;
  let associate: { functionName: string; id: string }[];
  let errors: string[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    errors = result.errors;
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
    const texts = metadata.functions.flatMap((f) => [f.description ?? '', ...f.parameters.map((p) => p.description ?? '')]);
    expect(texts.length).toBe(14);
    for (const text of texts) {
      expect(text).toMatch(/[ạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửựỳỷỹđ]/i);
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('binds each id to the function the add-in registers under it', () => {
    const registered = Object.fromEntries(Object.entries(FUNCTION_IDS).map(([id, fn]) => [id, fn.name]));
    expect(Object.fromEntries(associate.map((a) => [a.id, a.functionName]))).toEqual(registered);
  });
});
