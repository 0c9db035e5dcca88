extension OpenAPIDocument {
    /// Paths of accounts: opening them for employees, activation, changes and resets (spliced into `json`).
    static let accountPaths = #"""
                "/api/v1/agencies/{code}/users": {
                  "post": {"summary": "Open an account for an employee of the agency (its managers); the login name is the NIP and the first password a one-time activation code, shown only here",
                    "parameters": [{"$ref": "#/components/parameters/code"}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["nip"], "properties": {
                      "nip": {"type": "string"},
                      "roles": {"type": "array", "items": {"type": "string", "enum": ["employee", "unit_head", "manager", "facilitator"]}, "default": ["employee"]},
                      "unit": {"type": "string", "format": "uuid", "description": "The unit a unit head leads"}}}}}},
                    "responses": {"201": {"description": "The login name and its activation code", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Activation"}}}},
                      "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                      "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"},
                      "422": {"$ref": "#/components/responses/Error"}}},
                  "get": {"summary": "The agency's accounts (its managers)",
                    "parameters": [{"$ref": "#/components/parameters/code"},
                      {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Part of a name, login name or NIP"},
                      {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                      {"name": "per", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
                    "responses": {"200": {"description": "Accounts", "content": {"application/json": {"schema": {"type": "object",
                      "required": ["items", "total", "page", "per"], "properties": {
                      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Account"}},
                      "total": {"type": "integer"}, "page": {"type": "integer"}, "per": {"type": "integer"}}}}}},
                      "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/users/{username}": {"patch": {"summary": "Change an account's roles, the unit a unit head leads, or whether it may sign in (its agency's managers); never deleted",
                  "parameters": [{"$ref": "#/components/parameters/username"}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "roles": {"type": "array", "items": {"type": "string", "enum": ["employee", "unit_head", "manager", "facilitator", "admin"]}},
                    "unit": {"type": "string", "format": "uuid"}, "active": {"type": "boolean"}}}}}},
                  "responses": {"200": {"description": "The account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                    "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"},
                    "422": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/users/{username}/reset": {"post": {"summary": "A new activation code for an account (its agency's managers); its password, sessions and tokens stop working",
                  "parameters": [{"$ref": "#/components/parameters/username"}],
                  "responses": {"200": {"description": "The new code", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Activation"}}}},
                    "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/auth/activate": {"post": {"summary": "Activate an account with the code from its slip and set its own password (at least 10 characters, not the NIP or login name, not a common password)", "security": [],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                    "required": ["username", "activation_code", "password"], "properties": {
                    "username": {"type": "string"}, "activation_code": {"type": "string"}, "password": {"type": "string"}}}}}},
                  "responses": {"200": {"description": "Activated; sign in with the new password", "content": {"application/json": {"schema": {"type": "object",
                    "required": ["username"], "properties": {"username": {"type": "string"}}}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                    "422": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/employees/{nip}/employment": {"put": {"summary": "Record an employee's employment state and the day it began (the agency's managers). Someone who has left (pensiun, berhenti, meninggal, pindah) loses their account's sign-in; the JP rate and gap reports count people in active service",
                  "parameters": [{"$ref": "#/components/parameters/nip"}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                    "required": ["state", "since"], "properties": {
                    "state": {"type": "string", "enum": ["aktif", "tugas_belajar", "pemberhentian_sementara", "cltn", "pensiun", "berhenti", "meninggal", "pindah"]},
                    "since": {"type": "string", "format": "date", "description": "Not after today"}}}}}},
                  "responses": {"200": {"description": "The state now held", "content": {"application/json": {"schema": {"type": "object",
                    "required": ["nip", "state", "since"], "properties": {
                    "nip": {"type": "string"}, "state": {"type": "string"}, "since": {"type": "string", "format": "date"}}}}}},
                    "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                    "404": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}},
                "/api/v1/me/password": {"put": {"summary": "Change one's own password; the account's other sessions and tokens end",
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                    "required": ["current_password", "password"], "properties": {
                    "current_password": {"type": "string"}, "password": {"type": "string"}}}}}},
                  "responses": {"204": {"description": "Changed"}, "400": {"$ref": "#/components/responses/Error"},
                    "401": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"},
                    "429": {"$ref": "#/components/responses/Error"}}}},
        """#

    /// Schemas of accounts (spliced into `components.schemas`).
    static let accountSchemas = #"""
                  "Activation": {"type": "object", "required": ["username", "activation_code", "expires_at"], "properties": {
                    "username": {"type": "string"}, "activation_code": {"type": "string", "example": "K7PQM-3XWRA"},
                    "expires_at": {"type": "string", "format": "date-time"}}},
                  "Account": {"type": "object", "required": ["username", "name", "roles", "active", "awaiting_activation"], "properties": {
                    "username": {"type": "string"}, "name": {"type": "string"},
                    "roles": {"type": "array", "items": {"type": "string"}}, "active": {"type": "boolean"},
                    "awaiting_activation": {"type": "boolean"},
                    "activation_expires_at": {"type": "string", "format": "date-time", "nullable": true},
                    "nip": {"type": "string", "nullable": true}, "unit": {"type": "string", "nullable": true},
                    "led_unit": {"type": "string", "nullable": true}}},
        """#
}
