extension OpenAPIDocument {
    /// Paths of mutasi between agencies (spliced into `json`).
    static let transferPaths = #"""
                "/api/v1/agencies/{code}/transfers": {
                  "post": {"summary": "Ask another agency for an employee by NIP (managers of the receiving agency)",
                    "parameters": [{"$ref": "#/components/parameters/code"}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["nip"],
                      "properties": {"nip": {"type": "string"}}}}}},
                    "responses": {"201": {"description": "The request, waiting for the sending agency", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Transfer"}}}},
                      "404": {"$ref": "#/components/responses/Error"},
                      "409": {"description": "The person is already in this agency, or asked for already", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                      "422": {"description": "invalid: nip (not a NIP, or nobody's in this Asah)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}},
                  "get": {"summary": "The agency's requests, asked by it and of it, waiting ones first (managers)",
                    "parameters": [{"$ref": "#/components/parameters/code"}],
                    "responses": {"200": {"description": "Requests", "content": {"application/json": {"schema": {"type": "object", "properties": {
                      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Transfer"}}}}}}},
                      "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/transfers/{id}": {"get": {"summary": "One request (managers of its two agencies); 404 to anyone else",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "responses": {"200": {"description": "The request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Transfer"}}}},
                    "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/transfers/{id}/decision": {"post": {"summary": "Approve or reject (managers of the sending agency, administrators); an approval moves the person with their ledger, assessments and certificates",
                  "parameters": [{"$ref": "#/components/parameters/id"}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["approve"],
                    "properties": {"approve": {"type": "boolean"}, "reason": {"type": "string", "maxLength": 500}}}}}},
                  "responses": {"200": {"description": "The request as decided", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Transfer"}}}},
                    "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                    "409": {"description": "Decided already, or the person left the sending agency, retired, stopped or died", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                    "422": {"$ref": "#/components/responses/Error"}}}},
        """#

    /// Schemas of mutasi (spliced into `components.schemas`).
    static let transferSchemas = #"""
                  "Transfer": {"type": "object", "properties": {
                    "id": {"type": "string", "format": "uuid"}, "nip": {"type": "string"},
                    "name": {"type": "string", "nullable": true, "description": "Shown to the sending agency, and to the receiving one once approved"},
                    "state": {"type": "string", "enum": ["pending", "approved", "rejected"]},
                    "from": {"type": "object", "properties": {"code": {"type": "string"}, "name": {"type": "string"}}},
                    "to": {"type": "object", "properties": {"code": {"type": "string"}, "name": {"type": "string"}}},
                    "requested_at": {"type": "string", "format": "date-time"},
                    "decided_at": {"type": "string", "format": "date-time", "nullable": true},
                    "reason": {"type": "string", "nullable": true}}},
        """#
}
