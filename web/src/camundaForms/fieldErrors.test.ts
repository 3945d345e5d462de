import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/client';
import { fieldIdsByPath, placeFieldErrors, serverFieldErrors } from './fieldErrors';

const schema = {
  id: 'check',
  components: [
    { id: 'F_name', type: 'textfield', key: 'checkedBy' },
    { id: 'T', type: 'text', text: '# Check' },
    { id: 'G', type: 'group', path: 'address', components: [{ id: 'F_city', type: 'textfield', key: 'city' }] },
    { id: 'G2', type: 'group', components: [{ id: 'F_note', type: 'textarea', key: 'note' }] },
  ],
};

describe('server field errors', () => {
  it('reads FORM_DATA_INVALID fields from the error extensions', () => {
    const error = new GraphQLRequestError('Some fields are not valid.', 200, [{
      message: 'Some fields are not valid.',
      extensions: { code: 'FORM_DATA_INVALID', data: { fields: [{ key: 'checkedBy', code: 'FORM_FIELD_REQUIRED', message: 'Fill in this field.' }, { nope: 1 }] } },
    }]);
    expect(serverFieldErrors(error)).toEqual([{ key: 'checkedBy', code: 'FORM_FIELD_REQUIRED', message: 'Fill in this field.' }]);
    expect(serverFieldErrors(new GraphQLRequestError('x', 200, [{ message: 'x', extensions: { code: 'NOT_FOUND' } }]))).toBeNull();
    expect(serverFieldErrors(new Error('offline'))).toBeNull();
  });

  it('places each at its component by the variable path, the rest above the form', () => {
    expect([...fieldIdsByPath(schema)]).toEqual([['checkedBy', 'F_name'], ['address.city', 'F_city'], ['note', 'F_note']]);
    const placed = placeFieldErrors([
      { key: 'address.city', code: 'FORM_FIELD_REQUIRED', message: 'Fill in this field.' },
      { key: 'admitted', code: 'FORM_FIELD_UNKNOWN', message: 'The form has no field “admitted”.' },
    ], schema);
    expect(placed.byId).toEqual({ F_city: ['Fill in this field.'] });
    expect(placed.unplaced.map(f => f.key)).toEqual(['admitted']);
  });
});
