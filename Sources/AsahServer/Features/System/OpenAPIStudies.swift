extension OpenAPIDocument {
    /// Paths of tugas and izin belajar (spliced into `json`).
    static let studyPaths = #"""
                "/api/v1/employees/{nip}/studies": {
                  "get": {"summary": "An employee's tugas and izin belajar with their credited semesters (like the profile)",
                    "parameters": [{"$ref": "#/components/parameters/nip"}],
                    "responses": {"200": {"description": "Studies", "content": {"application/json": {"schema": {"type": "object", "properties": {
                      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Study"}}}}}}},
                      "404": {"$ref": "#/components/responses/Error"}}},
                  "post": {"summary": "Record a tugas or izin belajar (managers)",
                    "parameters": [{"$ref": "#/components/parameters/nip"}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                      "required": ["kind", "institution", "programme", "starts_on", "ends_on"], "properties": {
                      "kind": {"type": "string", "enum": ["tugas_belajar", "izin_belajar"]}, "institution": {"type": "string"},
                      "programme": {"type": "string"}, "starts_on": {"type": "string", "format": "date"},
                      "ends_on": {"type": "string", "format": "date"}, "international": {"type": "boolean", "default": false}}}}}},
                    "responses": {"201": {"description": "The study", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Study"}}}},
                      "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                      "422": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/employees/{nip}/studies/{id}/semesters": {"post": {"summary": "A completed semester, credited to the JP ledger by the conversion table's row A1 or A2 (managers)",
                  "parameters": [{"$ref": "#/components/parameters/nip"}, {"$ref": "#/components/parameters/id"}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                    "required": ["number", "finished_on"], "properties": {"number": {"type": "integer", "minimum": 1, "maximum": 14},
                    "finished_on": {"type": "string", "format": "date"}}}}}},
                  "responses": {"201": {"description": "The semester with the JP credited", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StudySemester"}}}},
                    "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                    "422": {"description": "invalid: number (out of range, recorded already) or finished_on", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
        """#

    /// Schemas of tugas and izin belajar (spliced into `components.schemas`).
    static let studySchemas = #"""
                  "StudySemester": {"type": "object", "properties": {
                    "id": {"type": "string", "format": "uuid"}, "number": {"type": "integer"},
                    "finished_on": {"type": "string", "format": "date"}, "jp": {"type": "number"}}},
                  "Study": {"type": "object", "properties": {
                    "id": {"type": "string", "format": "uuid"}, "kind": {"type": "string", "enum": ["tugas_belajar", "izin_belajar"]},
                    "institution": {"type": "string"}, "programme": {"type": "string"},
                    "starts_on": {"type": "string", "format": "date"}, "ends_on": {"type": "string", "format": "date"},
                    "international": {"type": "boolean"},
                    "semesters": {"type": "array", "items": {"$ref": "#/components/schemas/StudySemester"}}}},
        """#
}
