#!/usr/bin/env python3
"""Writes Sources/SolmuApp/Resources/openapi.json, the OpenAPI 3.1 description of /api/v1.
Kept as a script so the document's repeated parts (problems, list envelopes, CSV) are written once.
Run it after changing the API; a Swift test checks document and routes agree, the browser suite checks live answers."""
import json, pathlib

def ref(name): return {"$ref": f"#/components/schemas/{name}"}
def problem(status, description):
    return {str(status): {"description": description, "content": {"application/problem+json": {"schema": ref("Problem")}}}}
def ok_json(schema, description="OK", status=200):
    return {str(status): {"description": description, "content": {"application/json": {"schema": schema}}}}
def list_of(item):
    return {"type": "object", "required": ["items", "total", "limit", "offset"], "properties": {
        "items": {"type": "array", "items": ref(item)}, "total": {"type": "integer", "minimum": 0},
        "limit": {"type": "integer"}, "offset": {"type": "integer"}}}
def csv_ok(item, description):
    r = ok_json(list_of(item), description)
    r["200"]["content"]["text/csv"] = {"schema": {"type": "string", "description": "With format=csv: every matching row, UTF-8 with BOM, header row."}}
    return r
def qp(name, description, schema=None):
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema or {"type": "string"}}
def pp(name, schema):
    return {"name": name, "in": "path", "required": True, "schema": schema}
def created(item, location):
    r = ok_json(ref(item), "Created", 201)
    r["201"]["headers"] = {"Location": {"description": f"Where the new resource is, e.g. {location}", "schema": {"type": "string"}}}
    return r
def json_body(name):
    return {"required": True, "content": {"application/json": {"schema": ref(name)}}}
def merge_patch(name):
    return {"required": True, "description": "A JSON merge patch (RFC 7396) over the current values: fields given are changed, null clears, the rest stay.",
            "content": {"application/json": {"schema": ref(name)}, "application/merge-patch+json": {"schema": ref(name)}}}
def removed(what, *conflict):
    return {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, f"No such {what}"),
            **(problem(409, conflict[0]) if conflict else {})}

FORMAT = qp("format", "csv to download all matching rows as CSV", {"type": "string", "enum": ["csv"]})
LIMIT = qp("limit", "Page size, 1–200 (default 20)", {"type": "integer", "minimum": 1, "maximum": 200, "default": 20})
OFFSET = qp("offset", "Rows to skip (default 0)", {"type": "integer", "minimum": 0, "default": 0})
SECURED = [{"bearerAuth": []}, {"sessionCookie": []}]
WRITE_ERRORS = {**problem(400, "Malformed JSON"), **problem(401, "No or bad credentials"), **problem(403, "Not allowed (or missing CSRF token with a session)"),
                **problem(413, "Body too large"), **problem(415, "Body is not application/json"), **problem(422, "Validation failed; errors name the fields")}
types = ["municipality", "regionalCouncil", "developmentCompany", "university", "universityOfAppliedSciences", "researchInstitute",
         "company", "startup", "ministryOrAgency", "association", "other"]
stages = ["idea", "preSeed", "seed", "growth", "scaleUp"]
kinds = ["network", "project", "alliance", "cityCollaboration"]
roles = ["coordinator", "mainImplementer", "coImplementer", "partner", "member"]
PARTIAL_DATE = {"type": ["string", "null"], "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "description": "2022, 2022-06 or 2022-06-15"}
COUNT = {"type": "object", "required": ["key", "count"], "properties": {"key": {"type": "string"}, "count": {"type": "integer"}}}
localized = {"type": "object", "properties": {l: {"type": ["string", "null"]} for l in ["fi", "sv", "en"]}}
ID = {"type": "integer"}
DECIMAL = {"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]{1,3})?$", "description": "Exact decimal text, at most three decimals: 5685, 12.5"}
CENTS = {"type": ["integer", "null"], "description": "Euro cents; absent when unknown"}
CENTS_IN = {"type": ["integer", "null"], "minimum": 0, "description": "Euro cents"}
DAY = {"type": "string", "format": "date"}
units = ["count", "companies", "persons", "organisations", "euros", "percent", "hours"]
aggregations = ["sum", "maximum", "latest"]
qualifiers = ["exact", "moreThan", "about"]
target_groups = ["companies", "researchAndEducation", "residents", "publicSector", "youth", "immigrants", "unemployedJobSeekers", "graduateJobSeekers"]
statuses = ["planned", "ongoing", "closed"]
implementer_roles = ["lead", "coImplementer", "networkPartner"]
item_kinds = ["task", "deliverable"]
item_statuses = ["notStarted", "inProgress", "done", "cancelled"]
result_kinds = ["pilot", "service", "model", "publication"]

doc = {
 "openapi": "3.1.0",
 "info": {"title": "Solmu API", "version": "1.0.0",
          "description": "The ecosystem atlas of Solmu: regions, municipalities, organisations, contact persons and competences. Reading is open; writing needs a bearer token. Errors are RFC 9457 problem details.",
          "license": {"name": "CC BY 4.0 (data)", "identifier": "CC-BY-4.0"}},
 "servers": [{"url": "/api/v1"}],
 "paths": {
  "/healthz": {"get": {"summary": "Health of this instance and its database", "operationId": "health",
      "responses": ok_json({"type": "object", "required": ["status", "database"], "properties": {"status": {"const": "ok"}, "database": {"enum": ["sqlite", "postgresql"]}}})}},
  "/openapi.json": {"get": {"summary": "This document", "operationId": "openapi", "responses": ok_json({"type": "object"})}},
  "/regions": {"get": {"summary": "The 19 regions (maakunnat)", "operationId": "listRegions", "parameters": [FORMAT], "responses": csv_ok("Region", "All regions")}},
  "/regions/{code}": {"get": {"summary": "One region", "operationId": "getRegion", "parameters": [pp("code", {"type": "string", "pattern": "^[0-9]{2}$"})],
      "responses": {**ok_json(ref("Region")), **problem(404, "No such region")}}},
  "/regions/{code}/startups": {"get": {"summary": "A region's startups counted by sector, municipality, founding year and stage", "operationId": "getStartupReport",
      "parameters": [pp("code", {"type": "string", "pattern": "^[0-9]{2}$"})],
      "responses": {**ok_json(ref("StartupReport")), **problem(404, "No such region")}}},
  "/municipalities": {"get": {"summary": "Municipalities, optionally of one region", "operationId": "listMunicipalities",
      "parameters": [qp("region", "Region code, e.g. 06"), FORMAT], "responses": csv_ok("Municipality", "Municipalities")}},
  "/municipalities/{code}": {"get": {"summary": "One municipality", "operationId": "getMunicipality", "parameters": [pp("code", {"type": "string", "pattern": "^[0-9]{3}$"})],
      "responses": {**ok_json(ref("Municipality")), **problem(404, "No such municipality")}}},
  "/competences": {"get": {"summary": "The competence and theme vocabulary", "operationId": "listCompetences", "parameters": [FORMAT], "responses": csv_ok("Competence", "Competences")}},
  "/organizations": {
    "get": {"summary": "Search organisations", "operationId": "listOrganizations",
      "description": "Full-text search over name, description and competences (prefix matching; Finnish letters optional) with filters.",
      "parameters": [qp("q", "Search words; each matches the beginning of a word"), qp("type", "Organisation type", {"type": "string", "enum": types}),
                     qp("region", "Region code"), qp("municipality", "Municipality code"), qp("competence", "Competence id"), LIMIT, OFFSET, FORMAT],
      "responses": {**csv_ok("Organization", "One page of organisations"), **problem(422, "A parameter is not valid")}},
    "post": {"summary": "Create an organisation", "operationId": "createOrganization", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("OrganizationInput")}}},
      "responses": {**ok_json(ref("Organization"), "Created", 201), **WRITE_ERRORS, **problem(409, "Business ID already registered")}}},
  "/organizations/{id}": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "One organisation", "operationId": "getOrganization", "responses": {**ok_json(ref("Organization")), **problem(404, "No such organisation")}},
    "patch": {"summary": "Change an organisation (fields given are changed; null clears)", "operationId": "updateOrganization", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("OrganizationInput")}}},
      "responses": {**ok_json(ref("Organization")), **WRITE_ERRORS, **problem(404, "No such organisation"), **problem(409, "Business ID already registered")}},
    "delete": {"summary": "Remove an organisation", "operationId": "deleteOrganization", "security": SECURED,
      "responses": {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, "No such organisation")}}},
  "/people": {
    "get": {"summary": "Contact persons", "operationId": "listPeople",
      "description": "E-mail and phone appear only for signed-in callers or when the person consented to publication.",
      "parameters": [qp("organization", "Organisation id", {"type": "integer"}), LIMIT, OFFSET, FORMAT],
      "responses": {**csv_ok("Person", "One page of people"), **problem(422, "A parameter is not valid")}},
    "post": {"summary": "Add a contact person", "operationId": "createPerson", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("PersonInput")}}},
      "responses": {**ok_json(ref("Person"), "Created", 201), **WRITE_ERRORS}}},
  "/people/{id}": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "One contact person", "operationId": "getPerson", "responses": {**ok_json(ref("Person")), **problem(404, "No such person")}},
    "patch": {"summary": "Change a contact person", "operationId": "updatePerson", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("PersonInput")}}},
      "responses": {**ok_json(ref("Person")), **WRITE_ERRORS, **problem(404, "No such person")}},
    "delete": {"summary": "Remove a contact person", "operationId": "deletePerson", "security": SECURED,
      "responses": {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, "No such person")}}},
 "/networks": {
    "get": {"summary": "Networks, projects and alliances", "operationId": "listNetworks", "parameters": [FORMAT], "responses": csv_ok("Network", "All networks")},
    "post": {"summary": "Start a network (the caller's organisation becomes its coordinator)", "operationId": "createNetwork", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("NetworkInput")}}},
      "responses": {**ok_json(ref("Network"), "Created", 201), **WRITE_ERRORS}}},
  "/networks/{id}": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "One network", "operationId": "getNetwork", "responses": {**ok_json(ref("Network")), **problem(404, "No such network")}},
    "patch": {"summary": "Change a network (its coordinators and admins)", "operationId": "updateNetwork", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("NetworkInput")}}},
      "responses": {**ok_json(ref("Network")), **WRITE_ERRORS, **problem(404, "No such network")}},
    "delete": {"summary": "Remove a network", "operationId": "deleteNetwork", "security": SECURED,
      "responses": {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, "No such network")}}},
  "/networks/{id}/members": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "A network's members with their roles", "operationId": "listNetworkMembers", "parameters": [FORMAT],
      "responses": {**csv_ok("NetworkMember", "Members"), **problem(404, "No such network")}},
    "post": {"summary": "Add a member", "operationId": "addNetworkMember", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("MemberInput")}}},
      "responses": {**ok_json(ref("NetworkMember"), "Created", 201), **WRITE_ERRORS, **problem(404, "No such network")}}},
  "/networks/{id}/members/{memberId}": {
    "parameters": [pp("id", {"type": "integer"}), pp("memberId", {"type": "integer"})],
    "patch": {"summary": "Change a membership's role, contact person or period", "operationId": "updateNetworkMember", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("MemberInput")}}},
      "responses": {**ok_json(ref("NetworkMember")), **WRITE_ERRORS, **problem(404, "No such member")}},
    "delete": {"summary": "Remove a member", "operationId": "removeNetworkMember", "security": SECURED,
      "responses": {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, "No such member")}}},
 "/ecosystems": {
    "get": {"summary": "Innovation ecosystems", "operationId": "listEcosystems", "parameters": [FORMAT], "responses": csv_ok("Ecosystem", "All ecosystems")},
    "post": {"summary": "Start an ecosystem (the caller's organisation coordinates it)", "operationId": "createEcosystem", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("EcosystemInput")}}},
      "responses": {**ok_json(ref("Ecosystem"), "Created", 201), **WRITE_ERRORS}}},
  "/ecosystems/compare": {
    "get": {"summary": "Benchmark two to six ecosystems side by side (also per 1,000 inhabitants)", "operationId": "compareEcosystems",
            "parameters": [{"name": "ids", "in": "query", "required": True, "description": "Comma-separated ecosystem ids, 2–6", "schema": {"type": "string"}}],
            "responses": {**ok_json(ref("Comparison")), **problem(422, "Not two to six known ecosystems")}}},
  "/ecosystems/{id}": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "One ecosystem", "operationId": "getEcosystem", "responses": {**ok_json(ref("Ecosystem")), **problem(404, "No such ecosystem")}},
    "patch": {"summary": "Change an ecosystem (its coordinator and admins)", "operationId": "updateEcosystem", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("EcosystemInput")}}},
      "responses": {**ok_json(ref("Ecosystem")), **WRITE_ERRORS, **problem(404, "No such ecosystem")}},
    "delete": {"summary": "Remove an ecosystem", "operationId": "deleteEcosystem", "security": SECURED,
      "responses": {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, "No such ecosystem")}}},
  "/ecosystems/{id}/situation": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "The situational picture: actors by type and competence, the competence gap, places, networks, overdue actions",
            "operationId": "getSituationalPicture", "responses": {**ok_json(ref("SituationalPicture")), **problem(404, "No such ecosystem")}}},
  "/ecosystems/{id}/suggestions": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "Partner suggestions for the wanted competences, ranked, each with its reasons (in the Accept-Language language)",
            "operationId": "listSuggestions", "parameters": [FORMAT], "responses": {**csv_ok("Suggestion", "Suggestions"), **problem(404, "No such ecosystem")}},
    "put": {"summary": "Mark a suggestion contacted, in discussion or joined (joined makes the organisation an actor)", "operationId": "markSuggestion",
            "security": SECURED, "requestBody": {"required": True, "content": {"application/json": {"schema": ref("SuggestionMark")}}},
            "responses": {"204": {"description": "Recorded"}, **WRITE_ERRORS, **problem(404, "No such ecosystem")}}},
  "/ecosystems/{id}/goals": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "The strategy's goals", "operationId": "listGoals", "parameters": [FORMAT], "responses": {**csv_ok("Goal", "Goals"), **problem(404, "No such ecosystem")}},
    "post": {"summary": "Add a goal (a measurable target and a date are required)", "operationId": "addGoal", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("GoalInput")}}},
      "responses": {**ok_json(ref("Goal"), "Created", 201), **WRITE_ERRORS, **problem(404, "No such ecosystem")}}},
  "/ecosystems/{id}/goals/{goalId}": {
    "parameters": [pp("id", {"type": "integer"}), pp("goalId", {"type": "integer"})],
    "patch": {"summary": "Change a goal, e.g. its progress (fields given are changed; null clears)", "operationId": "updateGoal", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("GoalPatch")}}},
      "responses": {**ok_json(ref("Goal")), **WRITE_ERRORS, **problem(404, "No such goal")}},
    "delete": {"summary": "Remove a goal", "operationId": "removeGoal", "security": SECURED,
      "responses": {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, "No such goal")}}},
  "/ecosystems/{id}/actions": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "The strategy's development actions", "operationId": "listActions", "parameters": [FORMAT], "responses": {**csv_ok("Action", "Actions"), **problem(404, "No such ecosystem")}},
    "post": {"summary": "Add a development action", "operationId": "addAction", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("ActionInput")}}},
      "responses": {**ok_json(ref("Action"), "Created", 201), **WRITE_ERRORS, **problem(404, "No such ecosystem")}}},
  "/ecosystems/{id}/actions/{actionId}": {
    "parameters": [pp("id", {"type": "integer"}), pp("actionId", {"type": "integer"})],
    "patch": {"summary": "Change an action, e.g. its status", "operationId": "updateAction", "security": SECURED,
      "requestBody": {"required": True, "content": {"application/json": {"schema": ref("ActionPatch")}}},
      "responses": {**ok_json(ref("Action")), **WRITE_ERRORS, **problem(404, "No such action")}},
    "delete": {"summary": "Remove an action", "operationId": "removeAction", "security": SECURED,
      "responses": {"204": {"description": "Removed"}, **problem(401, "No or bad credentials"), **problem(403, "Not allowed"), **problem(404, "No such action")}}},
 },
 "components": {
  "securitySchemes": {
    "bearerAuth": {"type": "http", "scheme": "bearer", "description": "An API token from `solmu token create`."},
    "sessionCookie": {"type": "apiKey", "in": "cookie", "name": "solmu_session", "description": "A signed-in browser session; writes also need the X-CSRF-Token header."}},
  "schemas": {
   "LocalizedText": localized,
   "Problem": {"type": "object", "required": ["type", "title", "status"], "properties": {
       "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}, "instance": {"type": "string"},
       "errors": {"type": "array", "items": {"type": "object", "required": ["field", "message"], "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}}},
   "Region": {"type": "object", "required": ["code", "name", "municipalityCount"], "properties": {
       "code": {"type": "string"}, "name": ref("LocalizedText"), "municipalityCount": {"type": "integer"}}},
   "Municipality": {"type": "object", "required": ["code", "name", "regionCode", "bilingual"], "properties": {
       "code": {"type": "string"}, "name": ref("LocalizedText"), "regionCode": {"type": "string"}, "bilingual": {"type": "boolean"},
       "latitude": {"type": ["number", "null"]}, "longitude": {"type": ["number", "null"]}, "population": {"type": ["integer", "null"]}}},
   "Competence": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"}, "name": ref("LocalizedText")}},
   "Organization": {"type": "object", "required": ["id", "name", "type", "description", "competences"], "properties": {
       "id": {"type": "integer"}, "name": {"type": "string"}, "type": {"type": "string", "enum": types},
       "businessId": {"type": ["string", "null"], "pattern": "^[0-9]{7}-[0-9]$"}, "municipalityCode": {"type": ["string", "null"]},
       "regionCode": {"type": ["string", "null"]}, "website": {"type": ["string", "null"]}, "description": ref("LocalizedText"),
       "competences": {"type": "array", "items": {"type": "string"}}, "foundedYear": {"type": ["integer", "null"]},
       "sector": {"type": ["string", "null"]}, "stage": {"enum": stages + [None]},
       "createdAt": {"type": ["string", "null"], "format": "date-time"}, "updatedAt": {"type": ["string", "null"], "format": "date-time"}}},
   "OrganizationInput": {"type": "object", "properties": {
       "name": {"type": "string", "maxLength": 200}, "type": {"type": "string", "enum": types},
       "businessId": {"type": ["string", "null"], "description": "Y-tunnus; checked by its check digit and unique"},
       "municipalityCode": {"type": ["string", "null"]}, "website": {"type": ["string", "null"]}, "description": ref("LocalizedText"),
       "competences": {"type": "array", "items": {"type": "string"}}, "foundedYear": {"type": ["integer", "null"]},
       "sector": {"type": ["string", "null"], "description": "Startups only"}, "stage": {"enum": stages + [None], "description": "Startups only"}}},
   "Person": {"type": "object", "required": ["id", "name", "title", "contactConsent"], "properties": {
       "id": {"type": "integer"}, "name": {"type": "string"}, "title": ref("LocalizedText"), "organizationId": {"type": ["integer", "null"]},
       "email": {"type": ["string", "null"]}, "phone": {"type": ["string", "null"], "description": "+358…"}, "contactConsent": {"type": "boolean"}}},
   "Network": {"type": "object", "required": ["id", "name", "kind", "purpose", "funding", "themes", "localities", "memberCount"], "properties": {
       "id": {"type": "integer"}, "name": {"type": "string"}, "kind": {"enum": kinds}, "purpose": ref("LocalizedText"), "funding": ref("LocalizedText"),
       "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE, "website": {"type": ["string", "null"]},
       "themes": {"type": "array", "items": {"type": "string"}}, "localities": {"type": "array", "items": {"type": "string"}},
       "memberCount": {"type": "integer"}}},
   "NetworkInput": {"type": "object", "properties": {
       "name": {"type": "string"}, "kind": {"enum": kinds}, "purpose": ref("LocalizedText"), "funding": ref("LocalizedText"),
       "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE, "website": {"type": ["string", "null"]},
       "themes": {"type": "array", "items": {"type": "string"}}, "localities": {"type": "array", "items": {"type": "string"}, "description": "Municipality codes"}}},
   "NetworkMember": {"type": "object", "required": ["id", "networkId", "organizationId", "organizationName", "role"], "properties": {
       "id": {"type": "integer"}, "networkId": {"type": "integer"}, "organizationId": {"type": "integer"}, "organizationName": {"type": "string"},
       "role": {"enum": roles}, "contactPersonId": {"type": ["integer", "null"]}, "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE}},
   "MemberInput": {"type": "object", "properties": {
       "organizationId": {"type": "integer", "description": "When adding; a membership's organisation does not change"},
       "role": {"enum": roles}, "contactPersonId": {"type": ["integer", "null"]}, "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE}},
   "Ecosystem": {"type": "object", "required": ["id", "name", "municipalities", "strengths", "vision", "wantedCompetences", "linkedActors"], "properties": {
       "id": {"type": "integer"}, "name": {"type": "string"}, "municipalities": {"type": "array", "items": {"type": "string"}},
       "strengths": ref("LocalizedText"), "vision": ref("LocalizedText"), "contactPersonId": {"type": ["integer", "null"]},
       "coordinatorId": {"type": ["integer", "null"]}, "wantedCompetences": {"type": "array", "items": {"type": "string"}},
       "linkedActors": {"type": "array", "items": {"type": "integer"}}}},
   "EcosystemInput": {"type": "object", "properties": {
       "name": {"type": "string"}, "municipalities": {"type": "array", "items": {"type": "string"}, "minItems": 1},
       "strengths": ref("LocalizedText"), "vision": ref("LocalizedText"), "contactPersonId": {"type": ["integer", "null"]},
       "coordinatorId": {"type": ["integer", "null"], "description": "Admins only; otherwise the caller's organisation"},
       "wantedCompetences": {"type": "array", "items": {"type": "string"}}, "linkedActors": {"type": "array", "items": {"type": "integer"}}}},
   "Goal": {"type": "object", "required": ["id", "title", "target", "targetDate"], "properties": {
       "id": {"type": "integer"}, "title": {"type": "string"}, "target": {"type": "string"}, "startsOn": PARTIAL_DATE,
       "targetDate": {"type": "string"}, "progress": {"type": ["integer", "null"], "minimum": 0, "maximum": 100}}},
   "GoalInput": {"type": "object", "required": ["title", "target", "targetDate"], "properties": {
       "title": {"type": "string"}, "target": {"type": "string"}, "startsOn": PARTIAL_DATE, "targetDate": {"type": "string"},
       "progress": {"type": ["integer", "null"]}}},
   "GoalPatch": {"type": "object", "properties": {
       "title": {"type": "string"}, "target": {"type": "string"}, "startsOn": PARTIAL_DATE, "targetDate": {"type": "string"},
       "progress": {"type": ["integer", "null"], "minimum": 0, "maximum": 100}}},
   "ActionPatch": {"type": "object", "properties": {
       "title": {"type": "string"}, "goalId": {"type": ["integer", "null"]}, "ownerId": {"type": ["integer", "null"]},
       "dueOn": PARTIAL_DATE, "status": {"enum": ["planned", "ongoing", "done"]}}},
   "Action": {"type": "object", "required": ["id", "title", "status"], "properties": {
       "id": {"type": "integer"}, "title": {"type": "string"}, "goalId": {"type": ["integer", "null"]}, "ownerId": {"type": ["integer", "null"]},
       "dueOn": PARTIAL_DATE, "status": {"enum": ["planned", "ongoing", "done"]}}},
   "ActionInput": {"type": "object", "required": ["title"], "properties": {
       "title": {"type": "string"}, "goalId": {"type": ["integer", "null"]}, "ownerId": {"type": ["integer", "null"]},
       "dueOn": PARTIAL_DATE, "status": {"enum": ["planned", "ongoing", "done"]}}},
   "StartupReport": {"type": "object", "required": ["regionCode", "total", "bySector", "byMunicipality", "byFoundingYear", "byStage"], "properties": {
       "regionCode": {"type": "string"}, "total": {"type": "integer"}, "bySector": {"type": "array", "items": COUNT},
       "byMunicipality": {"type": "array", "items": COUNT}, "byFoundingYear": {"type": "array", "items": COUNT}, "byStage": {"type": "array", "items": COUNT}}},
   "Comparison": {"type": "object", "required": ["ecosystems"], "properties": {"ecosystems": {"type": "array", "items": {"type": "object",
       "required": ["id", "name", "actors", "actorsByType", "competencesPresent", "wanted", "gaps", "goals", "goalsMet", "networks", "networkMemberships"],
       "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "population": {"type": ["integer", "null"]}, "actors": {"type": "integer"},
                      "actorsPerThousand": {"type": ["number", "null"]}, "actorsByType": {"type": "object", "additionalProperties": {"type": "integer"}},
                      "competencesPresent": {"type": "integer"}, "wanted": {"type": "integer"}, "gaps": {"type": "integer"}, "goals": {"type": "integer"},
                      "goalsMet": {"type": "integer"}, "networks": {"type": "integer"}, "networkMemberships": {"type": "integer"}}}}}},
   "Suggestion": {"type": "object", "required": ["competence", "organizationId", "organizationName", "type", "reasons"], "properties": {
       "competence": {"type": "string"}, "organizationId": {"type": "integer"}, "organizationName": {"type": "string"},
       "type": {"type": "string", "enum": types}, "regionCode": {"type": ["string", "null"]},
       "reasons": {"type": "array", "items": {"type": "string"}}, "status": {"enum": ["contacted", "inDiscussion", "joined", None]}}},
   "SuggestionMark": {"type": "object", "required": ["organizationId", "competence", "status"], "properties": {
       "organizationId": {"type": "integer"}, "competence": {"type": "string"}, "status": {"enum": ["contacted", "inDiscussion", "joined"]}}},
   "SituationalPicture": {"type": "object", "required": ["actorIDs", "actorsByType", "actorsByCompetence", "wanted", "gap", "wantedPresent", "places", "networks", "overdueActionIDs"],
     "properties": {
       "actorIDs": {"type": "array", "items": {"type": "integer"}},
       "actorsByType": {"type": "array", "items": COUNT}, "actorsByCompetence": {"type": "array", "items": COUNT},
       "wanted": {"type": "array", "items": {"type": "string"}}, "gap": {"type": "array", "items": {"type": "string"}},
       "wantedPresent": {"type": "array", "items": {"type": "string"}},
       "places": {"type": "array", "items": {"type": "object", "required": ["code", "actors"], "properties": {"code": {"type": "string"}, "actors": {"type": "integer"}}}},
       "networks": {"type": "array", "items": {"type": "object", "required": ["networkId", "name", "actors"],
                    "properties": {"networkId": {"type": "integer"}, "name": {"type": "string"}, "actors": {"type": "integer"}}}},
       "overdueActionIDs": {"type": "array", "items": {"type": "integer"}}}},
   "PersonInput": {"type": "object", "properties": {
       "name": {"type": "string"}, "title": ref("LocalizedText"), "organizationId": {"type": ["integer", "null"]},
       "email": {"type": ["string", "null"]}, "phone": {"type": ["string", "null"]}, "contactConsent": {"type": "boolean"}}},
  }},
}
out = pathlib.Path(__file__).resolve().parent.parent / "Sources/SolmuApp/Resources/openapi.json"
out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
print(f"wrote {out}")
