extension OpenAPIDocument {
    /// Komunitas belajar: record a session (pending), confirm it (JP credited) or reject it.
    static let knowledgeSharingPaths = #"""
                "/api/v1/agencies/{code}/knowledge-sessions": {"post": {"summary": "Record a komunitas belajar session the caller hosted (an employee of the agency); it credits nobody until a manager or a unit head of the host's unit confirms it",
                  "parameters": [{"$ref": "#/components/parameters/code"}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                    "required": ["topic", "held_on", "minutes", "attendees"], "properties": {
                    "topic": {"type": "string", "maxLength": 300},
                    "held_on": {"type": "string", "format": "date", "description": "Not in the future, not in a year before the current one, and at most the agency's window (default 30 days) ago."},
                    "minutes": {"type": "integer", "minimum": 15, "maximum": 480},
                    "summary": {"type": "string", "maxLength": 2000},
                    "attendees": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{18}$"}, "description": "NIPs of employees of the same agency (the host is added by themself)."}}}}}},
                  "responses": {"201": {"description": "Recorded, waiting for confirmation", "content": {"application/json": {"schema": {"type": "object",
                      "required": ["id", "state"], "properties": {"id": {"type": "string", "format": "uuid"},
                      "state": {"type": "string", "enum": ["pending"]}}}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                    "404": {"$ref": "#/components/responses/Error"},
                    "422": {"description": "invalid: one detail per field (held_on, attendees naming the unknown NIPs, …)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
                "/api/v1/knowledge-sessions/{id}/confirm": {"post": {"summary": "Confirm a pending session (a manager of the agency, or a unit head whose unit holds the host's; never the host); credits the host and the attendees their JP within the day's cap",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "responses": {"200": {"description": "The session, state confirmed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/KnowledgeSession"}}}},
                    "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                    "409": {"description": "conflict: already confirmed or rejected, or held in a closed year", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
                "/api/v1/knowledge-sessions/{id}/reject": {"post": {"summary": "Reject a pending session (the same people who may confirm it); nobody is credited",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "note": {"type": "string", "maxLength": 500}}}}}},
                  "responses": {"200": {"description": "The session, state rejected", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/KnowledgeSession"}}}},
                    "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                    "409": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}},
        """#

    static let knowledgeSharingSchemas = #"""
                  "KnowledgeSessionPerson": {"type": "object", "required": ["nip", "name", "credited_jp", "credit_note"], "properties": {
                    "nip": {"type": "string"}, "name": {"type": "string"},
                    "credited_jp": {"type": "number", "nullable": true, "description": "Null until the session is confirmed."},
                    "credit_note": {"type": "string", "nullable": true}}},
                  "KnowledgeSession": {"type": "object", "required": ["id", "topic", "held_on", "minutes", "state", "host", "attendees"], "properties": {
                    "id": {"type": "string", "format": "uuid"}, "topic": {"type": "string"}, "held_on": {"type": "string", "format": "date"},
                    "minutes": {"type": "integer"}, "summary": {"type": "string", "nullable": true},
                    "state": {"type": "string", "enum": ["pending", "confirmed", "rejected"]},
                    "host": {"$ref": "#/components/schemas/KnowledgeSessionPerson"},
                    "attendees": {"type": "array", "items": {"$ref": "#/components/schemas/KnowledgeSessionPerson"}},
                    "decided_at": {"type": "string", "format": "date-time", "nullable": true},
                    "decision_note": {"type": "string", "nullable": true}}},
        """#
}
