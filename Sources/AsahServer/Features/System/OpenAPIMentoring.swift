extension OpenAPIDocument {
    /// Paths of mentorships and their sessions (spliced into `json`).
    static let mentoringPaths = #"""
                "/api/v1/employees/{nip}/mentorships": {"get": {"summary": "An employee's mentorships as mentee or mentor, with sessions (like the employee's profile)",
                  "parameters": [{"$ref": "#/components/parameters/nip"}],
                  "responses": {"200": {"description": "Mentorships", "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Mentorship"}}}}}}},
                    "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/agencies/{code}/mentorships": {"post": {"summary": "Pair a mentor or coach with an employee (the employee's unit head, managers)",
                  "parameters": [{"$ref": "#/components/parameters/code"}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                    "required": ["mentee_nip", "mentor_nip", "goal", "starts_on", "ends_on"], "properties": {
                    "mentee_nip": {"type": "string"}, "mentor_nip": {"type": "string"},
                    "kind": {"type": "string", "enum": ["mentoring", "coaching", "bimbingan_di_tempat_kerja"], "default": "mentoring"},
                    "goal": {"type": "string"}, "starts_on": {"type": "string", "format": "date"}, "ends_on": {"type": "string", "format": "date"}}}}}},
                  "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Mentorship"}}}},
                    "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                    "422": {"description": "invalid_mentorship: every bad field", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
                "/api/v1/mentorships/{id}/sessions": {"post": {"summary": "Log a session (the mentor or the mentee); no JP until the other side confirms",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["held_on", "minutes", "topic"],
                    "properties": {"held_on": {"type": "string", "format": "date"}, "minutes": {"type": "integer", "minimum": 15, "maximum": 480},
                    "topic": {"type": "string"}, "actions": {"type": "string"}}}}}},
                  "responses": {"201": {"description": "The session", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MentoringSession"}}}},
                    "404": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/mentoring-sessions/{id}/confirm": {"post": {"summary": "Confirm a session logged by the other side; credits the mentee's JP within the month's cap",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "responses": {"200": {"description": "The session with credited_jp", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MentoringSession"}}}},
                    "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        """#

    /// Schemas of mentorships and their sessions (spliced into `components.schemas`).
    static let mentoringSchemas = #"""
                  "MentoringSession": {"type": "object", "properties": {
                    "id": {"type": "string", "format": "uuid"}, "held_on": {"type": "string", "format": "date"}, "minutes": {"type": "integer"},
                    "topic": {"type": "string"}, "actions": {"type": "string", "nullable": true},
                    "logged_by": {"type": "string", "enum": ["mentor", "mentee"]}, "confirmed": {"type": "boolean"},
                    "credited_jp": {"type": "number", "nullable": true}, "credit_note": {"type": "string", "nullable": true}}},
                  "Mentorship": {"type": "object", "properties": {
                    "id": {"type": "string", "format": "uuid"}, "kind": {"type": "string"}, "goal": {"type": "string"},
                    "starts_on": {"type": "string", "format": "date"}, "ends_on": {"type": "string", "format": "date"},
                    "mentor": {"type": "object", "properties": {"nip": {"type": "string"}, "name": {"type": "string"}}},
                    "mentee": {"type": "object", "properties": {"nip": {"type": "string"}, "name": {"type": "string"}}},
                    "sessions": {"type": "array", "items": {"$ref": "#/components/schemas/MentoringSession"}}}},
        """#
}
