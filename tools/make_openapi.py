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
application_states = ["draft", "submitted", "returned", "eligible", "ineligible", "assessed", "proposed", "funded", "rejected", "withdrawn"]
application_actions = ["create", "submit", "withdraw", "returnForCompletion", "checkEligibility", "completeAssessment", "propose", "decide"]
assessment_states = ["assigned", "conflict", "inProgress", "submitted"]
applicant_roles = ["lead", "coApplicant"]
INSTANT = {"type": "string", "format": "date-time"}
INSTANT_OR_NULL = {"type": ["string", "null"], "format": "date-time"}
TEXT_OR_NULL = {"type": ["string", "null"]}
ID_OR_NULL = {"type": ["integer", "null"]}
SIGNED_IN = {**problem(401, "No or bad credentials")}
event_kinds = ["roadshow", "workshop", "seminar", "webinar", "roundTableMeeting"]
registration_statuses = ["confirmed", "waiting", "cancelled"]
action_statuses = ["planned", "inProgress", "done", "dropped"]
topic_statuses = ["proposed", "underDiscussion", "prepared", "closed"]
stances = ["supports", "supportsWithConditions", "neutral", "opposes"]
languages = ["fi", "sv", "en"]
def ics_ok(description):
    return {"200": {"description": description, "content": {"text/calendar": {"schema": {"type": "string",
        "description": "An iCalendar document (RFC 5545), times in Europe/Helsinki; events known only to the month or year are left out"}}}}}
LANG = qp("lang", "The feed's language: fi (the default), sv or en; anything else gives Finnish", {"type": "string", "enum": languages})
INVITATION = qp("invitation", "The invitation link's code, for an event by invitation")
CALENDAR_FILTER = [qp("network", "Only this network's events", ID), qp("programme", "Only this programme's events", ID),
                   qp("kind", "Only events of this kind", {"type": "string", "enum": event_kinds}),
                   qp("theme", "Only events about this theme (competence id)"), qp("region", "Only events in this region's municipalities (region code, e.g. 06)")]
BAD_FILTER = "A filter is not valid (network or programme not a number, an unknown kind); errors name it"
# Writes open to anyone (registering, cancelling by the private link): no credentials, so no 401 and no CSRF 403.
OPEN_WRITE_ERRORS = {status: answer for status, answer in WRITE_ERRORS.items() if status not in ("401", "403")}
TOKEN = {"type": "string", "minLength": 43, "maxLength": 43, "description": "The private link's secret (43 characters, base64url)"}
platform_kinds = ["testBed", "livingLab", "makerspace", "dataPlatform", "pilotEnvironment", "other"]
assessment_statuses = ["draft", "completed"]
LEVEL = {"type": "integer", "minimum": 0, "maximum": 4, "description": "0 not started … 4 continuously improved"}
SCORE = {"type": "number", "minimum": 0, "maximum": 4, "description": "A level 0–4 with up to three decimals"}
SCORE_OR_NULL = {**SCORE, "type": ["number", "null"]}
ADMIN_ONLY = {**problem(401, "No or bad credentials"), **problem(403, "Not an admin (or missing CSRF token with a session)")}
NO_LINK = problem(404, "No such assessment (an unknown or altered link)")
# GETs that call requireEditor: a signed-in session must send its CSRF token even to read.
OWNER_GET = {**SIGNED_IN, **problem(403, "Missing CSRF token with a session")}

def tagged(tag, paths):
    """Puts every operation of `paths` under `tag`."""
    for item in paths.values():
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item: item[method] = {"tags": [tag], **item[method]}
    return paths

STEP_BODY = {"required": False, "description": "Optional; what the action carries.", "content": {"application/json": {"schema": ref("StepInput")}}}
def step(operation_id, summary, conflict, invalid="Validation failed; errors name the fields"):
    """An action on an application (`POST /applications/{id}/<action>`): the application after it, or why not."""
    return {"parameters": [pp("id", ID)],
            "post": {"summary": summary, "operationId": operation_id, "security": SECURED, "requestBody": STEP_BODY,
                     "responses": {**ok_json(ref("Application")), **WRITE_ERRORS, **problem(404, "No such application (or not readable by the caller)"),
                                   **problem(409, conflict), **problem(422, invalid)}}}
NOT_ALLOWED_NOW = "Not allowed in the application's state, or the application changed meanwhile"
NOT_EDITABLE = "The application is not editable now (only a draft before the call closes, or returned for completion)"

doc = {
 "openapi": "3.1.0",
 "info": {"title": "Solmu API", "version": "1.0.0",
          "description": "The ecosystem atlas of Solmu: regions, municipalities, organisations, contact persons and competences, and the development programmes and projects they run: programmes with their funding instruments, indicator catalogues and dashboards; projects with implementers, work packages, results, indicator targets and reports; calls for applications, applications with their consortium, steps and audit trail, their assessment and ranking, and each user's inbox. Money is in euro cents, indicator values are exact decimal text. Events of networks and programmes: the public calendar and its iCalendar feeds, registration with a waiting list (open to anyone, no account needed; a private link answers for the registration afterwards), the inputs workshops heard and the follow-up actions that answer them; the industry round table's topics and stakeholders' positions. The self-assessment of innovation platforms: the questionnaire's versions, assessments behind a private link (anyone may start one, no account needed), published results as open data, owners' platforms with their history, and coordinators' aggregates of a region, ecosystem or network. Reading is open, except applications, assessments, the inbox and events' registrations, which only those involved see; writing needs a bearer token (or a signed-in session with its CSRF token), except registering and sending inputs to an open workshop. Errors are RFC 9457 problem details.",
          "license": {"name": "CC BY 4.0 (data)", "identifier": "CC-BY-4.0"}},
 "servers": [{"url": "/api/v1"}],
 "tags": [
  {"name": "Calls", "description": "Calls for applications of a programme, their criteria, and (for the office and the programme's bodies) their applications and ranking"},
  {"name": "Applications", "description": "A consortium's applications: the draft and its parts, the actions that move it through its states, its audit trail, its reviewers"},
  {"name": "Assessments", "description": "A reviewer's own assessments: the declaration of conflicts of interest, then the scores"},
  {"name": "Inbox", "description": "The signed-in user's notices about the applications they are a contact of"},
  {"name": "Events", "description": "Roadshow stops, workshops, seminars, webinars and round-table meetings of networks and programmes: the calendar, its iCalendar feeds, registration with a waiting list and the private link"},
  {"name": "Follow-up", "description": "What workshops heard (inputs, no personal data) and the network's follow-up actions that answer them"},
  {"name": "Round table", "description": "The industry round table's topics, stakeholders' positions on them, and the meetings that handled them"},
  {"name": "Self-assessment", "description": "Innovation platforms' self-assessment: the questionnaire's versions (admins edit drafts and publish them), assessments behind their private links, published results, owners' platforms and their history, coordinators' aggregates"}],
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
  "/bodies": {
    "get": {"summary": "Governing bodies (management and steering groups, round tables, boards) with their members", "operationId": "listBodies",
            "parameters": [qp("programme", "Only this programme's bodies", {"type": "integer"}), qp("network", "Only this network's bodies", {"type": "integer"}), FORMAT],
            "responses": {**csv_ok("Body", "Bodies"), **problem(422, "A filter is not a number")}},
    "post": {"summary": "Add a governing body to a programme or a network (by that programme's or network's keepers)", "operationId": "createBody",
             "security": SECURED, "requestBody": json_body("BodyInput"),
             "responses": {**created("Body", "/api/v1/bodies/1"), **WRITE_ERRORS, **problem(404, "No such programme or network")}}},
  "/bodies/{id}": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "One governing body with its members and deputies", "operationId": "getBody",
            "responses": {**ok_json(ref("Body")), **problem(404, "No such body")}},
    "patch": {"summary": "Change a body's name or kind (it stays with its programme or network)", "operationId": "updateBody", "security": SECURED,
              "requestBody": merge_patch("BodyInput"), "responses": {**ok_json(ref("Body")), **WRITE_ERRORS, **problem(404, "No such body")}},
    "delete": {"summary": "Remove a body that has not met (409 once it has meetings)", "operationId": "deleteBody", "security": SECURED,
               "responses": removed("body", "The body has meetings")}},
  "/bodies/{id}/members": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "A body's members in its order; a deputy names the member it stands in for", "operationId": "listBodyMembers",
            "parameters": [FORMAT], "responses": {**csv_ok("BodyMember", "Members"), **problem(404, "No such body")}},
    "post": {"summary": "Add a seat: a person, the organisation they represent, a position, a term; a deputy names the seat they stand in for",
             "operationId": "addBodyMember", "security": SECURED, "requestBody": json_body("SeatInput"),
             "responses": {**created("Body", "/api/v1/bodies/1"), **WRITE_ERRORS, **problem(404, "No such body")}}},
  "/bodies/{id}/members/{memberId}": {
    "parameters": [pp("id", {"type": "integer"}), pp("memberId", {"type": "integer"})],
    "patch": {"summary": "Change a seat, e.g. end its term", "operationId": "updateBodyMember", "security": SECURED,
              "requestBody": merge_patch("SeatInput"), "responses": {**ok_json(ref("Body")), **WRITE_ERRORS, **problem(404, "No such seat")}},
    "delete": {"summary": "Remove a seat that has no history (409 once it attended or presented: end its term instead)", "operationId": "removeBodyMember",
               "security": SECURED, "responses": removed("seat", "The seat attended a meeting or presented an item")}},
  "/bodies/{id}/meetings": {
    "parameters": [pp("id", {"type": "integer"})],
    "get": {"summary": "A body's meetings, newest first; internal minutes and decisions only to its members and keepers", "operationId": "listMeetings",
            "parameters": [FORMAT], "responses": {**csv_ok("Meeting", "Meetings"), **problem(404, "No such body")}},
    "post": {"summary": "Record a meeting (startsAt in Helsinki time, e.g. 2026-12-01T14:00, or with an offset; a place or an online link)",
             "operationId": "createMeeting", "security": SECURED, "requestBody": json_body("MeetingInput"),
             "responses": {**created("Meeting", "/api/v1/bodies/1/meetings/1"), **WRITE_ERRORS, **problem(404, "No such body")}}},
  "/bodies/{id}/meetings/{meetingId}": {
    "parameters": [pp("id", {"type": "integer"}), pp("meetingId", {"type": "integer"})],
    "get": {"summary": "One meeting with its agenda, decisions and attendance", "operationId": "getMeeting",
            "responses": {**ok_json(ref("Meeting")), **problem(404, "No such meeting")}},
    "patch": {"summary": "Change a meeting (minutes, whether they are public, time, place)", "operationId": "updateMeeting", "security": SECURED,
              "requestBody": merge_patch("MeetingInput"), "responses": {**ok_json(ref("Meeting")), **WRITE_ERRORS, **problem(404, "No such meeting")}},
    "delete": {"summary": "Remove a meeting with its agenda and attendance", "operationId": "deleteMeeting", "security": SECURED, "responses": removed("meeting")}},
  "/bodies/{id}/meetings/{meetingId}/items": {
    "parameters": [pp("id", {"type": "integer"}), pp("meetingId", {"type": "integer"})],
    "post": {"summary": "Add an agenda item (presenter: a seat of the body; the project it concerns; the decision and whether it is public)",
             "operationId": "addAgendaItem", "security": SECURED, "requestBody": json_body("AgendaItemInput"),
             "responses": {**created("Meeting", "/api/v1/bodies/1/meetings/1"), **WRITE_ERRORS, **problem(404, "No such meeting")}}},
  "/bodies/{id}/meetings/{meetingId}/items/{itemId}": {
    "parameters": [pp("id", {"type": "integer"}), pp("meetingId", {"type": "integer"}), pp("itemId", {"type": "integer"})],
    "patch": {"summary": "Change an agenda item, e.g. record its decision", "operationId": "updateAgendaItem", "security": SECURED,
              "requestBody": merge_patch("AgendaItemInput"), "responses": {**ok_json(ref("Meeting")), **WRITE_ERRORS, **problem(404, "No such item")}}},
  "/bodies/{id}/meetings/{meetingId}/attendance": {
    "parameters": [pp("id", {"type": "integer"}), pp("meetingId", {"type": "integer"})],
    "put": {"summary": "Who attended: the seats present (replaces the list)", "operationId": "setAttendance", "security": SECURED,
            "requestBody": json_body("AttendanceInput"), "responses": {**ok_json(ref("Meeting")), **WRITE_ERRORS, **problem(404, "No such meeting")}}},
  "/programmes": {
    "get": {"summary": "Development programmes with their catalogues", "operationId": "listProgrammes", "parameters": [FORMAT],
      "responses": csv_ok("Programme", "All programmes")},
    "post": {"summary": "Start a programme (a coordinator's own organisation coordinates it; admins may name any)", "operationId": "createProgramme",
      "security": SECURED, "requestBody": json_body("ProgrammeInput"),
      "responses": {**created("Programme", "/api/v1/programmes/1"), **WRITE_ERRORS}}},
  "/programmes/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One programme with its member cities, themes, instruments, indicators and stated figures", "operationId": "getProgramme",
      "responses": {**ok_json(ref("Programme")), **problem(404, "No such programme")}},
    "patch": {"summary": "Change a programme (its coordinators and admins)", "operationId": "updateProgramme", "security": SECURED,
      "requestBody": merge_patch("ProgrammeInput"),
      "responses": {**ok_json(ref("Programme")), **WRITE_ERRORS, **problem(404, "No such programme")}},
    "delete": {"summary": "Remove a programme with its catalogue and reports; its projects stay, without a programme", "operationId": "deleteProgramme",
      "security": SECURED, "responses": removed("programme")}},
  "/programmes/{id}/dashboard": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The programme's roll-up: projects by status, budgets by instrument and theme, implementers by municipality, indicator targets and actuals",
      "operationId": "getProgrammeDashboard", "responses": {**ok_json(ref("Dashboard")), **problem(404, "No such programme")}}},
  "/programmes/{id}/instruments": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The programme's funding instruments", "operationId": "listInstruments", "parameters": [FORMAT],
      "responses": {**csv_ok("FundingInstrument", "Funding instruments"), **problem(404, "No such programme")}},
    "post": {"summary": "Add a funding instrument", "operationId": "addInstrument", "security": SECURED, "requestBody": json_body("InstrumentInput"),
      "responses": {**created("FundingInstrument", "/api/v1/programmes/1/instruments/2"), **WRITE_ERRORS, **problem(404, "No such programme")}}},
  "/programmes/{id}/instruments/{instrumentId}": {
    "parameters": [pp("id", ID), pp("instrumentId", ID)],
    "patch": {"summary": "Change a funding instrument", "operationId": "updateInstrument", "security": SECURED, "requestBody": merge_patch("InstrumentInput"),
      "responses": {**ok_json(ref("FundingInstrument")), **WRITE_ERRORS, **problem(404, "No such programme or instrument")}},
    "delete": {"summary": "Remove a funding instrument no project is funded from", "operationId": "removeInstrument", "security": SECURED,
      "responses": removed("programme or instrument", "A project is funded from the instrument")}},
  "/programmes/{id}/indicators": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The programme's indicator catalogue", "operationId": "listIndicators", "parameters": [FORMAT],
      "responses": {**csv_ok("Indicator", "Indicators"), **problem(404, "No such programme")}},
    "post": {"summary": "Add an indicator", "operationId": "addIndicator", "security": SECURED, "requestBody": json_body("IndicatorInput"),
      "responses": {**created("Indicator", "/api/v1/programmes/1/indicators/3"), **WRITE_ERRORS, **problem(404, "No such programme")}}},
  "/programmes/{id}/indicators/{indicatorId}": {
    "parameters": [pp("id", ID), pp("indicatorId", ID)],
    "patch": {"summary": "Change an indicator (its aggregation only while nothing is reported against it)", "operationId": "updateIndicator",
      "security": SECURED, "requestBody": merge_patch("IndicatorInput"),
      "responses": {**ok_json(ref("Indicator")), **WRITE_ERRORS, **problem(404, "No such programme or indicator")}},
    "delete": {"summary": "Remove an indicator no project has a target or report for", "operationId": "removeIndicator", "security": SECURED,
      "responses": removed("programme or indicator", "A project has a target or a report for the indicator")}},
  "/programmes/{id}/figures": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "Figures the programme states as a whole (not sums of project reports)", "operationId": "listFigures", "parameters": [FORMAT],
      "responses": {**csv_ok("ProgrammeFigure", "Figures"), **problem(404, "No such programme")}},
    "post": {"summary": "Add a stated figure", "operationId": "addFigure", "security": SECURED, "requestBody": json_body("FigureInput"),
      "responses": {**created("ProgrammeFigure", "/api/v1/programmes/1/figures/4"), **WRITE_ERRORS, **problem(404, "No such programme")}}},
  "/programmes/{id}/figures/{figureId}": {
    "parameters": [pp("id", ID), pp("figureId", ID)],
    "delete": {"summary": "Remove a stated figure", "operationId": "removeFigure", "security": SECURED, "responses": removed("programme or figure")}},
  "/projects": {
    "get": {"summary": "Search the project portfolio (spearheads first, then by Finnish name)", "operationId": "listProjects",
      "parameters": [qp("programme", "Programme id", ID), qp("theme", "Competence id of a theme"), qp("status", "Project status", {"type": "string", "enum": statuses}),
                     qp("instrument", "Funding instrument id", ID), qp("city", "Municipality code of an implementer"),
                     qp("implementer", "Organisation id of an implementer", ID), qp("q", "Search words in the code and names"), LIMIT, OFFSET, FORMAT],
      "responses": {**csv_ok("ProjectSummary", "One page of projects"), **problem(422, "A parameter is not valid (unknown status, an id that is not a number, paging out of range)")}},
    "post": {"summary": "Start a project (a non-admin's organisation becomes its lead implementer)", "operationId": "createProject", "security": SECURED,
      "requestBody": json_body("ProjectInput"),
      "responses": {**created("Project", "/api/v1/projects/1"), **WRITE_ERRORS}}},
  "/projects/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One project with implementers, work packages, results and the programme's eligibility rule checked", "operationId": "getProject",
      "responses": {**ok_json(ref("Project")), **problem(404, "No such project")}},
    "patch": {"summary": "Change a project (ongoing only when the programme's rule holds)", "operationId": "updateProject", "security": SECURED,
      "requestBody": merge_patch("ProjectInput"),
      "responses": {**ok_json(ref("Project")), **WRITE_ERRORS, **problem(404, "No such project")}},
    "delete": {"summary": "Remove a project with everything in it", "operationId": "deleteProject", "security": SECURED, "responses": removed("project")}},
  "/projects/{id}/implementers": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The project's implementers and partners", "operationId": "listImplementers", "parameters": [FORMAT],
      "responses": {**csv_ok("ProjectImplementer", "Implementers"), **problem(404, "No such project")}},
    "post": {"summary": "Add an implementer", "operationId": "addImplementer", "security": SECURED, "requestBody": json_body("ImplementerInput"),
      "responses": {**created("ProjectImplementer", "/api/v1/projects/1/implementers/2"), **WRITE_ERRORS, **problem(404, "No such project")}}},
  "/projects/{id}/implementers/{implementerId}": {
    "parameters": [pp("id", ID), pp("implementerId", ID)],
    "patch": {"summary": "Change an implementer's role, contact person or budget (its organisation does not change)", "operationId": "updateImplementer",
      "security": SECURED, "requestBody": merge_patch("ImplementerInput"),
      "responses": {**ok_json(ref("ProjectImplementer")), **WRITE_ERRORS, **problem(404, "No such project or implementer")}},
    "delete": {"summary": "Remove an implementer that is not responsible for a work package", "operationId": "removeImplementer", "security": SECURED,
      "responses": removed("project or implementer", "The implementer is responsible for a work package")}},
  "/projects/{id}/work-packages": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The project's work packages with their tasks and deliverables", "operationId": "listWorkPackages", "parameters": [FORMAT],
      "responses": {**csv_ok("WorkPackage", "Work packages"), **problem(404, "No such project")}},
    "post": {"summary": "Add a work package", "operationId": "addWorkPackage", "security": SECURED, "requestBody": json_body("WorkPackageInput"),
      "responses": {**created("WorkPackage", "/api/v1/projects/1/work-packages/2"), **WRITE_ERRORS, **problem(404, "No such project")}}},
  "/projects/{id}/work-packages/{workPackageId}": {
    "parameters": [pp("id", ID), pp("workPackageId", ID)],
    "patch": {"summary": "Change a work package (items given replace its items)", "operationId": "updateWorkPackage", "security": SECURED,
      "requestBody": merge_patch("WorkPackageInput"),
      "responses": {**ok_json(ref("WorkPackage")), **WRITE_ERRORS, **problem(404, "No such project or work package")}},
    "delete": {"summary": "Remove a work package with its items", "operationId": "removeWorkPackage", "security": SECURED,
      "responses": removed("project or work package")}},
  "/projects/{id}/results": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "What the project produced: pilots, services, models, publications", "operationId": "listResults", "parameters": [FORMAT],
      "responses": {**csv_ok("ProjectResult", "Results"), **problem(404, "No such project")}},
    "post": {"summary": "Add a result", "operationId": "addResult", "security": SECURED, "requestBody": json_body("ResultInput"),
      "responses": {**created("ProjectResult", "/api/v1/projects/1/results/2"), **WRITE_ERRORS, **problem(404, "No such project")}}},
  "/projects/{id}/results/{resultId}": {
    "parameters": [pp("id", ID), pp("resultId", ID)],
    "patch": {"summary": "Change a result", "operationId": "updateResult", "security": SECURED, "requestBody": merge_patch("ResultInput"),
      "responses": {**ok_json(ref("ProjectResult")), **WRITE_ERRORS, **problem(404, "No such project or result")}},
    "delete": {"summary": "Remove a result", "operationId": "removeResult", "security": SECURED, "responses": removed("project or result")}},
  "/projects/{id}/targets": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The project's targets on its programme's indicators", "operationId": "listTargets", "parameters": [FORMAT],
      "responses": {**csv_ok("IndicatorTarget", "Targets"), **problem(404, "No such project")}},
    "put": {"summary": "Replace all the project's targets", "operationId": "replaceTargets", "security": SECURED, "requestBody": json_body("TargetsInput"),
      "responses": {**ok_json(list_of("IndicatorTarget"), "The targets now"), **WRITE_ERRORS, **problem(404, "No such project")}}},
  "/projects/{id}/reports": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The project's indicator reports by indicator and period (reporter names for signed-in callers only)", "operationId": "listReports",
      "parameters": [FORMAT], "responses": {**csv_ok("IndicatorReport", "Reports"), **problem(404, "No such project")}},
    "post": {"summary": "Report an indicator's actual value for a period", "operationId": "addReport", "security": SECURED, "requestBody": json_body("ReportInput"),
      "responses": {**created("IndicatorReport", "/api/v1/projects/1/reports/2"), **WRITE_ERRORS, **problem(404, "No such project"),
                    **problem(409, "The period is already reported; the detail says by whom, with which value and version")}}},
  "/projects/{id}/reports/{reportId}": {
    "parameters": [pp("id", ID), pp("reportId", ID)],
    "patch": {"summary": "Correct a report; it must name the version it corrects", "operationId": "correctReport", "security": SECURED,
      "description": "Fields left out (or null) keep their values; the indicator does not change. Succeeds only if the report is still at `version`.",
      "requestBody": json_body("ReportCorrection"),
      "responses": {**ok_json(ref("IndicatorReport")), **WRITE_ERRORS, **problem(404, "No such project or report"),
                    **problem(409, "Someone changed the report since that version; the detail says who, with which value and version")}},
    "delete": {"summary": "Remove a report", "operationId": "removeReport", "security": SECURED, "responses": removed("project or report")}},
  **tagged("Calls", {
  "/calls": {
    "get": {"summary": "Calls for applications, latest closing first (the public sees published calls; a programme's office its unpublished ones too)",
      "operationId": "listCalls",
      "parameters": [qp("programme", "Only this programme's calls", ID),
                     qp("open", "true: only calls open now (published, opened and not yet closed)", {"type": "string", "enum": ["true", "false"]}), FORMAT],
      "responses": {**csv_ok("Call", "Calls"), **problem(422, "A filter is not valid (programme not a number, open not true or false)")}},
    "post": {"summary": "Prepare a call (the programme's office; unpublished until published is set)", "operationId": "createCall", "security": SECURED,
      "requestBody": json_body("CallInput"),
      "responses": {**created("Call", "/api/v1/calls/1"), **WRITE_ERRORS, **problem(404, "No such programme")}}},
  "/calls/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One call with its criteria and, once decided, the projects it funded", "operationId": "getCall",
      "responses": {**ok_json(ref("Call")), **problem(404, "No such call (or not published yet)")}},
    "patch": {"summary": "Change a call (its programme does not change)", "operationId": "updateCall", "security": SECURED,
      "requestBody": merge_patch("CallInput"),
      "responses": {**ok_json(ref("Call")), **WRITE_ERRORS, **problem(404, "No such call")}},
    "delete": {"summary": "Remove a call no one has applied to", "operationId": "deleteCall", "security": SECURED,
      "responses": removed("call", "The call has applications")}},
  "/calls/{id}/criteria": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Add an assessment criterion (not once a reviewer has scored the call)", "operationId": "addCriterion", "security": SECURED,
      "requestBody": json_body("CriterionInput"),
      "responses": {**created("Call", "/api/v1/calls/1"), **WRITE_ERRORS, **problem(404, "No such call"),
                    **problem(409, "A reviewer has already scored the call's criteria")}}},
  "/calls/{id}/criteria/responsibility": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Add the self-assessment's responsibility statements as criteria (the newest published questionnaire's; scale 0–4 with its levels as guidance, weight 1, marked responsibility); those the call already has by Finnish name are skipped",
      "operationId": "addResponsibilityCriteria", "security": SECURED,
      "responses": {**created("Call", "/api/v1/calls/1"), **SIGNED_IN, **problem(403, "Not of the call's office (or missing CSRF token with a session)"),
                    **problem(404, "No such call, or no published questionnaire"), **problem(409, "A reviewer has already scored the call's criteria")}}},
  "/calls/{id}/criteria/{criterionId}": {
    "parameters": [pp("id", ID), pp("criterionId", ID)],
    "patch": {"summary": "Change a criterion (not once a reviewer has scored the call)", "operationId": "updateCriterion", "security": SECURED,
      "requestBody": merge_patch("CriterionInput"),
      "responses": {**ok_json(ref("Call")), **WRITE_ERRORS, **problem(404, "No such call or criterion"),
                    **problem(409, "A reviewer has already scored the call's criteria")}},
    "delete": {"summary": "Remove a criterion (not once a reviewer has scored the call)", "operationId": "removeCriterion", "security": SECURED,
      "responses": removed("call or criterion", "A reviewer has already scored the call's criteria")}},
  "/calls/{id}/applications": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The call's pipeline: its applications except drafts (the office sees all; members of the programme's bodies those assessed and on)",
      "operationId": "listCallApplications", "security": SECURED,
      "parameters": [qp("state", "Only applications in this state", {"type": "string", "enum": [s for s in application_states if s != "draft"]}), FORMAT],
      "responses": {**csv_ok("Application", "Applications"), **SIGNED_IN, **problem(403, "Not of the call's office nor of the programme's bodies"),
                    **problem(404, "No such call"), **problem(422, "Not a known state")}}},
  "/calls/{id}/ranking": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The call's consolidated ranking: each application's mean of its submitted reviews' weighted totals, with lowest, highest and spread",
      "operationId": "getCallRanking", "security": SECURED, "parameters": [FORMAT],
      "responses": {**csv_ok("RankingRow", "Applications by mean, best first"), **SIGNED_IN,
                    **problem(403, "Not of the call's office nor of the programme's bodies"), **problem(404, "No such call")}}},
  }),
  **tagged("Applications", {
  "/applications": {
    "get": {"summary": "The caller's own applications (started by them, or with them as a partner's contact person), newest first",
      "operationId": "listMyApplications", "security": SECURED,
      "parameters": [qp("call", "Only applications to this call", ID), FORMAT],
      "responses": {**csv_ok("Application", "Applications"), **SIGNED_IN, **problem(422, "call is not a number")}},
    "post": {"summary": "Start a draft application to an open call (the lead applicant's contact person is the caller)", "operationId": "createApplication",
      "security": SECURED, "requestBody": json_body("ApplicationInput"),
      "responses": {**created("Application", "/api/v1/applications/1"), **WRITE_ERRORS, **problem(404, "No such call"),
                    **problem(409, "The call is not open (not yet opened, or closed)")}}},
  "/applications/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One application (to its consortium, the call's office, declared reviewers, and the programme's bodies once assessed)",
      "operationId": "getApplication", "security": SECURED,
      "responses": {**ok_json(ref("Application")), **SIGNED_IN, **problem(404, "No such application (or not readable by the caller)")}},
    "patch": {"summary": "Change the application's title, summary or objectives (its consortium, while editable)", "operationId": "updateApplication",
      "security": SECURED, "description": "The patch must carry `version`, the version the editor read; it succeeds only if the application is still at it.",
      "requestBody": merge_patch("ApplicationInput"),
      "responses": {**ok_json(ref("Application")), **WRITE_ERRORS, **problem(404, "No such application (or not readable by the caller)"),
                    **problem(409, "Changed since that version, or not editable now (not a draft or returned, or the call closed)")}}},
  "/applications/{id}/events": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The application's audit trail: every state change, who made it, when and why", "operationId": "listApplicationEvents",
      "security": SECURED,
      "responses": {**ok_json(list_of("ApplicationEvent"), "Events, oldest first"), **SIGNED_IN,
                    **problem(404, "No such application (or not readable by the caller)")}}},
  "/applications/{id}/submit": step("submitApplication", "Submit a draft or a returned application (its consortium; a draft before the call closes)",
      "Not allowed in the application's state, changed meanwhile, or the call closed",
      "The application is incomplete (errors name the missing parts: summary, objectives, partners, contacts, budget, workPackages, targets)"),
  "/applications/{id}/withdraw": step("withdrawApplication", "Withdraw the application (its consortium; before it is checked)", NOT_ALLOWED_NOW),
  "/applications/{id}/return": step("returnApplication", "Return the application for completion (the office; a reason is required)", NOT_ALLOWED_NOW),
  "/applications/{id}/check-eligibility": step("checkEligibility",
      "Check a submitted application against the programme's eligibility rule: eligible or ineligible, with the finding in the audit trail (the office)",
      NOT_ALLOWED_NOW),
  "/applications/{id}/complete-assessment": step("completeAssessment", "Close the assessment once every review is submitted or declined for a conflict (the office)",
      "Not allowed in the application's state, changed meanwhile, no review submitted, or a review still pending"),
  "/applications/{id}/propose": step("proposeDecision",
      "Record the steering group's proposal, funded or rejected, with its rationale and meeting (added to the meeting's agenda, internal)", NOT_ALLOWED_NOW),
  "/applications/{id}/decide": step("decideApplication",
      "Record the management group's decision, funded (optionally with conditions; the project is created) or rejected, with its meeting (a public agenda item)",
      NOT_ALLOWED_NOW),
  "/applications/{id}/partners": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Add a consortium partner", "operationId": "addApplicationPartner", "security": SECURED, "requestBody": json_body("PartnerInput"),
      "responses": {**created("Application", "/api/v1/applications/1"), **WRITE_ERRORS, **problem(404, "No such application"), **problem(409, NOT_EDITABLE)}}},
  "/applications/{id}/partners/{partnerId}": {
    "parameters": [pp("id", ID), pp("partnerId", ID)],
    "patch": {"summary": "Change a partner's role, contact person, budget or requested funding", "operationId": "updateApplicationPartner", "security": SECURED,
      "requestBody": merge_patch("PartnerInput"),
      "responses": {**ok_json(ref("Application")), **WRITE_ERRORS, **problem(404, "No such application or partner"), **problem(409, NOT_EDITABLE)}},
    "delete": {"summary": "Remove a co-applicant not responsible for a work package", "operationId": "removeApplicationPartner", "security": SECURED,
      "responses": removed("application or partner", "The lead stays, as does a partner responsible for a work package; or the application is not editable now")}},
  "/applications/{id}/work-packages": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Add a planned work package", "operationId": "addApplicationWorkPackage", "security": SECURED,
      "requestBody": json_body("PlannedWorkPackageInput"),
      "responses": {**created("Application", "/api/v1/applications/1"), **WRITE_ERRORS, **problem(404, "No such application"), **problem(409, NOT_EDITABLE)}}},
  "/applications/{id}/work-packages/{workPackageId}": {
    "parameters": [pp("id", ID), pp("workPackageId", ID)],
    "patch": {"summary": "Change a planned work package", "operationId": "updateApplicationWorkPackage", "security": SECURED,
      "requestBody": merge_patch("PlannedWorkPackageInput"),
      "responses": {**ok_json(ref("Application")), **WRITE_ERRORS, **problem(404, "No such application or work package"), **problem(409, NOT_EDITABLE)}},
    "delete": {"summary": "Remove a planned work package", "operationId": "removeApplicationWorkPackage", "security": SECURED,
      "responses": removed("application or work package", NOT_EDITABLE)}},
  "/applications/{id}/targets": {
    "parameters": [pp("id", ID)],
    "put": {"summary": "Replace the application's planned targets on its programme's indicators", "operationId": "replaceApplicationTargets",
      "security": SECURED, "requestBody": json_body("TargetsInput"),
      "responses": {**ok_json(ref("Application")), **WRITE_ERRORS, **problem(404, "No such application"), **problem(409, NOT_EDITABLE)}}},
  "/applications/{id}/assessments": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The application's assessments with their reviewers (the call's office)", "operationId": "listApplicationAssessments",
      "security": SECURED,
      "responses": {**ok_json(list_of("Assessment"), "Assessments"), **SIGNED_IN, **problem(403, "Not of the call's office"),
                    **problem(404, "No such application (or not readable by the caller)")}},
    "post": {"summary": "Assign a reviewer (the call's office; never someone of the consortium)", "operationId": "assignReviewer", "security": SECURED,
      "requestBody": json_body("AssignmentInput"),
      "responses": {**created("Assessment", "/api/v1/assessments/1"), **WRITE_ERRORS, **problem(404, "No such application"),
                    **problem(409, "The application is not submitted or eligible")}}},
  "/applications/{id}/assessments/{assessmentId}": {
    "parameters": [pp("id", ID), pp("assessmentId", ID)],
    "delete": {"summary": "Withdraw an assignment not yet submitted (the call's office)", "operationId": "unassignReviewer", "security": SECURED,
      "responses": removed("application or assessment", "The assessment is already submitted")}},
  }),
  **tagged("Assessments", {
  "/assessments": {
    "get": {"summary": "The caller's own assessments as a reviewer, newest first", "operationId": "listMyAssessments", "security": SECURED,
      "responses": {**ok_json(list_of("Assessment"), "Assessments"), **SIGNED_IN}}},
  "/assessments/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One assessment (its reviewer's, or any for the call's office)", "operationId": "getAssessment", "security": SECURED,
      "responses": {**ok_json(ref("Assessment")), **SIGNED_IN, **problem(404, "No such assessment (or not the caller's)")}}},
  "/assessments/{id}/declaration": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Declare a conflict of interest (with its reason) or none, before seeing the application", "operationId": "declareConflict",
      "security": SECURED, "requestBody": json_body("DeclarationInput"),
      "responses": {**ok_json(ref("Assessment")), **WRITE_ERRORS, **problem(404, "No such assessment (or not the caller's)"),
                    **problem(409, "Already declared, or changed meanwhile")}}},
  "/assessments/{id}/scores": {
    "parameters": [pp("id", ID)],
    "put": {"summary": "Save the scores (replacing those saved), and with submit also submit them: every criterion scored within its scale",
      "operationId": "saveScores", "security": SECURED, "requestBody": json_body("ScoresInput"),
      "responses": {**ok_json(ref("Assessment")), **WRITE_ERRORS, **problem(404, "No such assessment (or not the caller's)"),
                    **problem(409, "Not declared yet, already submitted, changed since that version, or the application is no longer being assessed")}}},
  }),
  **tagged("Inbox", {
  "/inbox": {
    "get": {"summary": "The caller's notices, newest first (at most 200), in the Accept-Language language", "operationId": "listInbox", "security": SECURED,
      "responses": {**ok_json(list_of("Message"), "Messages"), **SIGNED_IN}}},
  "/inbox/{id}/read": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Mark a notice read", "operationId": "markMessageRead", "security": SECURED,
      "responses": {"204": {"description": "Marked read"}, **SIGNED_IN, **problem(403, "Missing CSRF token with a session"), **problem(404, "No such message")}}},
  }),
  **tagged("Events", {
  "/events": {
    "get": {"summary": "The public calendar: published events open to all, in time order (unknown dates last), narrowed by the filter",
      "operationId": "listEvents", "parameters": [*CALENDAR_FILTER, FORMAT],
      "responses": {**csv_ok("Event", "Events"), **problem(422, BAD_FILTER)}},
    "post": {"summary": "Prepare or publish an event of a network or a programme (their keepers)", "operationId": "createEvent", "security": SECURED,
      "requestBody": json_body("EventInput"),
      "responses": {**created("Event", "/api/v1/events/1"), **WRITE_ERRORS}}},
  "/events/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One event with its places taken and waiting (the invitation code to its organisers only)", "operationId": "getEvent",
      "parameters": [INVITATION],
      "responses": {**ok_json(ref("Event")), **problem(404, "No such event (or unpublished, or by invitation and the code not given)")}},
    "patch": {"summary": "Change an event (its organisers; moving it to another network or programme needs the right to organise there too); more places move the waiting list up",
      "operationId": "updateEvent", "security": SECURED, "requestBody": merge_patch("EventInput"),
      "responses": {**ok_json(ref("Event")), **WRITE_ERRORS, **problem(404, "No such event")}},
    "delete": {"summary": "Remove an event no one has registered to nor sent inputs to (its roadshow stops stay, without a series)", "operationId": "deleteEvent",
      "security": SECURED, "responses": removed("event", "The event has registrations or inputs: unpublish it instead")}},
  "/events/{id}/calendar.ics": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The event as an iCalendar document, to add to a calendar", "operationId": "getEventCalendar", "parameters": [INVITATION, LANG],
      "responses": {**ics_ok("The event"), **problem(404, "No such event, or its date is known only to the month or year")}}},
  "/events/{id}/participants": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The public list of participants: those with a place who agreed to be listed, by name, with name and organisation only",
      "operationId": "listParticipants", "parameters": [INVITATION],
      "responses": {**ok_json(list_of("Participant"), "Participants"), **problem(404, "No such event (or unpublished, or by invitation and the code not given)")}}},
  "/events/{id}/registrations": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "Everyone registered, for the organisers: places, then the waiting list in order, then the cancelled", "operationId": "listRegistrations",
      "security": SECURED, "parameters": [FORMAT],
      "responses": {**csv_ok("Registration", "Registrations"), **SIGNED_IN, **problem(403, "Not an organiser of the event (or missing CSRF token with a session)"),
                    **problem(404, "No such event")}},
    "post": {"summary": "Register (anyone, no account needed): a place while there are places, else a position in the waiting list",
      "operationId": "registerForEvent",
      "description": "The answer carries the private link's secret (`token`), given only here and in the confirmation e-mail; the link reads and cancels the registration.",
      "requestBody": json_body("RegistrationInput"),
      "responses": {**created("RegistrationReceipt", "/api/v1/registrations/{token}"), **OPEN_WRITE_ERRORS,
                    **problem(404, "No such event (or unpublished, or by invitation and the code not given)"),
                    **problem(409, "Registration is not open (the event takes none, it has not opened, it has closed or the event has started), or the e-mail address is already registered (errors name email)")}}},
  "/events/{id}/registrations/{registrationId}": {
    "parameters": [pp("id", ID), pp("registrationId", ID)],
    "patch": {"summary": "Mark a registration attended or not (the organisers)", "operationId": "markAttendance", "security": SECURED,
      "requestBody": json_body("AttendanceMark"),
      "responses": {**ok_json(ref("Registration")), **WRITE_ERRORS, **problem(404, "No such event or registration"),
                    **problem(409, "Only a registration with a place can be marked attended")}}},
  "/calendar.ics": {
    "get": {"summary": "The public calendar as an iCalendar feed to subscribe to, narrowed by the same filter as the list", "operationId": "getCalendarFeed",
      "parameters": [*CALENDAR_FILTER, LANG], "responses": {**ics_ok("The feed"), **problem(422, BAD_FILTER)}}},
  "/networks/{id}/calendar.ics": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "A network's public events as an iCalendar feed", "operationId": "getNetworkCalendarFeed", "parameters": [LANG],
      "responses": {**ics_ok("The feed"), **problem(404, "No such network")}}},
  "/registrations/{token}": {
    "parameters": [pp("token", TOKEN)],
    "get": {"summary": "A registration by its private link: its status and waiting-list position", "operationId": "getRegistration",
      "responses": {**ok_json(ref("RegistrationReceipt")), **problem(404, "No such registration (an unknown or altered link)")}},
    "delete": {"summary": "Cancel by the private link; a place passes to the first on the waiting list", "operationId": "cancelRegistration",
      "responses": {**ok_json(ref("RegistrationReceipt"), "Cancelled"), **problem(404, "No such registration (an unknown or altered link)"),
                    **problem(409, "Already cancelled")}}},
  }),
  **tagged("Follow-up", {
  "/events/{id}/inputs": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "What the event heard: its inputs, each with the follow-up actions that answer it (no personal data)", "operationId": "listEventInputs",
      "parameters": [INVITATION, FORMAT], "responses": {**csv_ok("WorkshopInput", "Inputs"), **problem(404, "No such event (or unpublished, or by invitation and the code not given)")}},
    "post": {"summary": "Record an input (the organisers, at any time), or send one to a workshop open for inputs (a signed-in user, or a participant with their registration link's secret, no account needed)",
      "operationId": "addEventInput", "security": SECURED + [{}], "parameters": [INVITATION], "requestBody": json_body("InputSubmission"),
      "responses": {**created("WorkshopInput", "/api/v1/events/1/inputs"), **WRITE_ERRORS,
                    **problem(401, "Not an organiser, and neither signed in nor with a registration link"),
                    **problem(403, "The registration link is of another event or cancelled (or missing CSRF token with a session)"),
                    **problem(404, "No such event (or not visible to the caller), or no such registration link"),
                    **problem(409, "The workshop is not open for inputs")}}},
  "/events/{id}/inputs/{inputId}": {
    "parameters": [pp("id", ID), pp("inputId", ID)],
    "delete": {"summary": "Remove an input (the organisers); the actions that answered it stay", "operationId": "removeEventInput", "security": SECURED,
      "responses": removed("event or input")}},
  "/networks/{id}/actions": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "The network's follow-up actions by due date, each with the inputs it answers", "operationId": "listFollowUpActions", "parameters": [FORMAT],
      "responses": {**csv_ok("FollowUpAction", "Actions"), **problem(404, "No such network")}},
    "post": {"summary": "Add a follow-up action (the network's keepers), answering inputs heard at the network's own events", "operationId": "addFollowUpAction",
      "security": SECURED, "requestBody": json_body("FollowUpActionInput"),
      "responses": {**created("FollowUpAction", "/api/v1/networks/1/actions/2"), **WRITE_ERRORS, **problem(404, "No such network")}}},
  "/networks/{id}/actions/{actionId}": {
    "parameters": [pp("id", ID), pp("actionId", ID)],
    "patch": {"summary": "Change a follow-up action, e.g. its status or the inputs it answers", "operationId": "updateFollowUpAction", "security": SECURED,
      "requestBody": merge_patch("FollowUpActionInput"),
      "responses": {**ok_json(ref("FollowUpAction")), **WRITE_ERRORS, **problem(404, "No such network or action")}},
    "delete": {"summary": "Remove a follow-up action (the inputs it answered stay)", "operationId": "removeFollowUpAction", "security": SECURED,
      "responses": removed("network or action")}},
  "/networks/{id}/follow-up": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "What the network heard and did about it: the inputs from its events, how many actions answer, and the same by theme",
      "operationId": "getFollowUpReport", "responses": {**ok_json(ref("FollowUpReport")), **problem(404, "No such network")}}},
  }),
  **tagged("Round table", {
  "/roundtable/topics": {
    "get": {"summary": "The industry round table's topics with stakeholders' positions and the meetings that handled them", "operationId": "listTopics",
      "parameters": [qp("status", "Only topics in this status", {"type": "string", "enum": topic_statuses}), FORMAT],
      "responses": {**csv_ok("Topic", "Topics"), **problem(422, "Not a known status")}},
    "post": {"summary": "Take up a topic (the keepers of the network that runs the round table)", "operationId": "createTopic", "security": SECURED,
      "requestBody": json_body("TopicInput"),
      "responses": {**created("Topic", "/api/v1/roundtable/topics/1"), **WRITE_ERRORS, **problem(404, "No such network")}}},
  "/roundtable/topics/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One topic with its positions, the count of each stance, and its meetings", "operationId": "getTopic",
      "responses": {**ok_json(ref("Topic")), **problem(404, "No such topic")}},
    "patch": {"summary": "Change a topic, e.g. its status or the meetings that handled it (it stays with its network)", "operationId": "updateTopic",
      "security": SECURED, "requestBody": merge_patch("TopicInput"),
      "responses": {**ok_json(ref("Topic")), **WRITE_ERRORS, **problem(404, "No such topic")}}},
  "/roundtable/topics/{id}/positions": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Record a stakeholder organisation's position on the topic; answers with the topic", "operationId": "addTopicPosition",
      "security": SECURED, "requestBody": json_body("PositionInput"),
      "responses": {**created("Topic", "/api/v1/roundtable/topics/1"), **WRITE_ERRORS, **problem(404, "No such topic")}}},
  "/roundtable/topics/{id}/positions/{positionId}": {
    "parameters": [pp("id", ID), pp("positionId", ID)],
    "delete": {"summary": "Remove a position", "operationId": "removeTopicPosition", "security": SECURED, "responses": removed("topic or position")}},
  }),
  **tagged("Self-assessment", {
  "/self-assessment/instruments": {
    "get": {"summary": "The questionnaire's versions by key, newest first (drafts to admins only)", "operationId": "listAssessmentInstruments",
      "parameters": [FORMAT], "responses": csv_ok("InstrumentSummary", "Versions")}},
  "/self-assessment/instruments/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One version with its whole content: dimensions, statements with their levels, advice", "operationId": "getAssessmentInstrument",
      "responses": {**ok_json(ref("InstrumentContent")), **problem(404, "No such version (a draft is shown to admins only)")}}},
  "/self-assessment/instruments/{id}/versions": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Start a new draft version with this version's content, numbered after the highest (admins)", "operationId": "createAssessmentInstrumentVersion",
      "security": SECURED,
      "responses": {**created("InstrumentContent", "/api/v1/self-assessment/instruments/2"), **ADMIN_ONLY, **problem(404, "No such version"),
                    **problem(422, "The content copied is not a complete questionnaire; errors name the parts")}}},
  "/self-assessment/instruments/{id}/content": {
    "parameters": [pp("id", ID)],
    "put": {"summary": "Replace a draft's name and content (admins); the key stays", "operationId": "replaceAssessmentInstrumentContent", "security": SECURED,
      "requestBody": json_body("InstrumentContent"),
      "responses": {**ok_json(ref("InstrumentContent")), **WRITE_ERRORS, **problem(403, "Not an admin (or missing CSRF token with a session)"),
                    **problem(413, "Body over 1 MB (a questionnaire's content may be larger than other bodies)"),
                    **problem(404, "No such version"), **problem(409, "The version is published, and so frozen"),
                    **problem(422, "Not a complete questionnaire; errors name the parts, e.g. dimensions[0].statements[2].levels")}}},
  "/self-assessment/instruments/{id}/publish": {
    "parameters": [pp("id", ID)],
    "post": {"summary": "Publish a draft (admins): from then on it can be answered, and it is frozen", "operationId": "publishAssessmentInstrument",
      "security": SECURED,
      "responses": {**ok_json(ref("InstrumentContent")), **ADMIN_ONLY, **problem(404, "No such version"), **problem(409, "Already published"),
                    **problem(422, "Not a complete questionnaire; errors name the parts")}}},
  "/self-assessment/assessments": {
    "post": {"summary": "Start an assessment (anyone, no account needed): a new platform, or for a signed-in owner one of their platforms again",
      "operationId": "startPlatformAssessment", "security": SECURED + [{}],
      "description": "The answer carries the private link's secret (`token`) and the questionnaire page behind it (`link`), given only here: whoever holds the link continues, sees the result and publishes it. A signed-in caller keeps the new platform among theirs.",
      "requestBody": json_body("AssessmentStart"),
      "responses": {**created("PlatformAssessment", "/api/v1/self-assessment/assessments/{token}"), **OPEN_WRITE_ERRORS,
                    **problem(403, "Signed in with a session but without its CSRF token"),
                    **problem(422, "Validation failed; errors name the fields (platform's name, kind and links as platform fields, e.g. name; platformId not the caller's; instrumentId unknown or a draft)")}}},
  "/self-assessment/assessments/{token}": {
    "parameters": [pp("token", TOKEN)],
    "get": {"summary": "An assessment by its private link: the platform, the answers so far, the progress", "operationId": "getPlatformAssessment",
      "responses": {**ok_json(ref("PlatformAssessment")), **NO_LINK}},
    "patch": {"summary": "Save answers, any number at a time (new ones added, earlier ones replaced); a completed assessment is scored again",
      "operationId": "savePlatformAssessmentAnswers",
      "description": "A plain JSON body (not a merge patch). Nothing is saved when an answer is refused.",
      "requestBody": json_body("AnswersInput"),
      "responses": {**ok_json(ref("PlatformAssessment")), **OPEN_WRITE_ERRORS, **NO_LINK,
                    **problem(422, "An answer is refused; errors name each as answers.{statementId} (another version's statement, a level off the scale, no level, or both a level and don't know), or answers when a statement is answered twice")}}},
  "/self-assessment/assessments/{token}/complete": {
    "parameters": [pp("token", TOKEN)],
    "post": {"summary": "Complete the assessment once every statement is answered (a level or don't know): scores it and answers with the result; completing again changes nothing",
      "operationId": "completePlatformAssessment",
      "responses": {**ok_json(ref("AssessmentResult")), **NO_LINK,
                    **problem(422, "Statements are unanswered; errors name each as answers.{statementId}")}}},
  "/self-assessment/assessments/{token}/result": {
    "parameters": [pp("token", TOKEN)],
    "get": {"summary": "The result: scores by dimension, strongest and weakest, advice, and peers' quartiles from five peers up", "operationId": "getPlatformAssessmentResult",
      "responses": {**ok_json(ref("AssessmentResult")), **NO_LINK, **problem(409, "The assessment is not completed")}}},
  "/self-assessment/assessments/{token}/publication": {
    "parameters": [pp("token", TOKEN)],
    "put": {"summary": "Publish a completed result as open data (with the owner organisation's consent), or withdraw it", "operationId": "publishPlatformAssessment",
      "requestBody": json_body("PublicationInput"),
      "responses": {**ok_json(ref("PlatformAssessment")), **OPEN_WRITE_ERRORS, **NO_LINK, **problem(409, "Publishing an assessment that is not completed"),
                    **problem(422, "Publishing without the owner organisation's consent (errors name ownerConsent)")}}},
  "/self-assessment/results": {
    "get": {"summary": "Published results (open data), newest published first", "operationId": "listPublishedAssessmentResults",
      "parameters": [FORMAT], "responses": csv_ok("PublishedResult", "Published results")}},
  "/self-assessment/results/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One published result", "operationId": "getPublishedAssessmentResult",
      "responses": {**ok_json(ref("AssessmentResult")), **problem(404, "No such published result")}}},
  "/self-assessment/platforms": {
    "get": {"summary": "The caller's own platforms, by name", "operationId": "listMyPlatforms", "security": SECURED, "parameters": [FORMAT],
      "responses": {**csv_ok("Platform", "Platforms"), **OWNER_GET}}},
  "/self-assessment/platforms/{id}": {
    "parameters": [pp("id", ID)],
    "get": {"summary": "One of the caller's platforms with its assessments over time", "operationId": "getMyPlatform", "security": SECURED,
      "responses": {**ok_json(ref("PlatformHistory")), **OWNER_GET, **problem(404, "No such platform (or not the caller's)")}},
    "patch": {"summary": "Change what is said about one of the caller's platforms", "operationId": "updateMyPlatform", "security": SECURED,
      "requestBody": merge_patch("PlatformDetails"),
      "responses": {**ok_json(ref("PlatformHistory")), **WRITE_ERRORS, **problem(404, "No such platform (or not the caller's)")}}},
  "/self-assessment/aggregates": {
    "get": {"summary": "A coordinator's aggregates of a group's platforms under one version: per dimension the mean, quartiles and how many score below 2.0, and the weakest statements; no figures below five platforms",
      "operationId": "getPlatformAggregates", "security": SECURED,
      "description": "Exactly one of region, ecosystem and network names the group. Admins see every group; a regional council its own region; an ecosystem's coordinating organisation that ecosystem; a network's coordinators that network.",
      "parameters": [qp("region", "A region's platforms (region code, e.g. 06)", {"type": "string", "pattern": "^[0-9]{2}$"}),
                     qp("ecosystem", "An ecosystem's platforms (ecosystem id)", ID), qp("network", "A network's platforms (network id)", ID),
                     qp("instrument", "A published version (default: the newest published)", ID), FORMAT,
                     qp("lang", "With format=csv: the language of the dimensions' names, fi (the default), sv or en", {"type": "string", "enum": languages})],
      "responses": {"200": {"description": "The aggregates", "content": {"application/json": {"schema": ref("Aggregates")}, "text/csv": {"schema": {"type": "string",
                        "description": "With format=csv: a row per dimension (dimension, name, platforms, mean, lower_quartile, median, upper_quartile, below_2), UTF-8 with BOM, header row; no rows below five platforms"}}}},
                    **problem(401, "No or bad credentials"), **problem(403, "Not allowed to see that group (or missing CSRF token with a session)"),
                    **problem(404, "No published version"),
                    **problem(422, "Not exactly one group named, an unknown group (admins), or an unknown or unpublished instrument; errors name group or instrument")}}},
  }),
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
   "SituationalPicture": {"type": "object", "required": ["actorIDs", "actorsByType", "actorsByCompetence", "wanted", "gap", "wantedPresent", "places", "networks", "projects", "overdueActionIDs"],
     "properties": {
       "actorIDs": {"type": "array", "items": {"type": "integer"}},
       "actorsByType": {"type": "array", "items": COUNT}, "actorsByCompetence": {"type": "array", "items": COUNT},
       "wanted": {"type": "array", "items": {"type": "string"}}, "gap": {"type": "array", "items": {"type": "string"}},
       "wantedPresent": {"type": "array", "items": {"type": "string"}},
       "places": {"type": "array", "items": {"type": "object", "required": ["code", "actors"], "properties": {"code": {"type": "string"}, "actors": {"type": "integer"}}}},
       "networks": {"type": "array", "items": {"type": "object", "required": ["networkId", "name", "actors"],
                    "properties": {"networkId": {"type": "integer"}, "name": {"type": "string"}, "actors": {"type": "integer"}}}},
       "projects": {"type": "array", "description": "Projects the actors implement, with how many of the actors take part",
                    "items": {"type": "object", "required": ["projectId", "name", "status", "actors"],
                    "properties": {"projectId": {"type": "integer"}, "name": ref("LocalizedText"), "status": {"enum": ["planned", "ongoing", "closed"]},
                                   "actors": {"type": "integer"}}}},
       "overdueActionIDs": {"type": "array", "items": {"type": "integer"}}}},
   "PersonInput": {"type": "object", "properties": {
       "name": {"type": "string"}, "title": ref("LocalizedText"), "organizationId": {"type": ["integer", "null"]},
       "email": {"type": ["string", "null"]}, "phone": {"type": ["string", "null"]}, "contactConsent": {"type": "boolean"}}},
   "Body": {"type": "object", "required": ["id", "kind", "name", "members"], "properties": {
       "id": {"type": "integer"}, "programmeId": {"type": ["integer", "null"]}, "networkId": {"type": ["integer", "null"]},
       "kind": {"enum": ["managementGroup", "steeringGroup", "roundTable", "allianceBoard", "other"]}, "name": ref("LocalizedText"),
       "members": {"type": "array", "items": ref("BodyMember")}}},
   "BodyMember": {"type": "object", "required": ["id", "personId", "personName", "title", "position"], "properties": {
       "id": {"type": "integer"}, "personId": {"type": "integer"}, "personName": {"type": "string"}, "title": ref("LocalizedText"),
       "organizationId": {"type": ["integer", "null"]}, "organizationName": {"type": ["string", "null"]},
       "position": {"enum": ["chair", "viceChair", "member", "presentingOfficial", "secretary"]},
       "deputyOfId": {"type": ["integer", "null"], "description": "The member this deputy stands in for"},
       "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE}},
   "Meeting": {"type": "object", "required": ["id", "bodyId", "startsAt", "minutesPublic", "items", "present"], "properties": {
       "id": {"type": "integer"}, "bodyId": {"type": "integer"}, "startsAt": {"type": "string", "format": "date-time"},
       "place": {"type": ["string", "null"]}, "onlineUrl": {"type": ["string", "null"]},
       "minutes": {"type": ["string", "null"], "description": "Left out when internal and the reader is not a member or keeper"},
       "minutesPublic": {"type": "boolean"},
       "items": {"type": "array", "items": {"type": "object", "required": ["id", "number", "title", "decisionPublic"], "properties": {
           "id": {"type": "integer"}, "number": {"type": "integer"}, "title": {"type": "string"}, "presenterId": {"type": ["integer", "null"]},
           "projectId": {"type": ["integer", "null"]},
           "callId": {"type": ["integer", "null"], "description": "The call of the application the item decides or proposes on"},
           "applicationId": {"type": ["integer", "null"], "description": "The application decided or proposed on"},
           "decision": {"type": ["string", "null"]}, "decisionPublic": {"type": "boolean"}}}},
       "present": {"type": "array", "items": {"type": "integer"}, "description": "The seats (body member ids) present"}}},
   "BodyInput": {"type": "object", "properties": {
       "programmeId": {"type": ["integer", "null"]}, "networkId": {"type": ["integer", "null"], "description": "A body belongs to a programme or a network"},
       "kind": {"enum": ["managementGroup", "steeringGroup", "roundTable", "allianceBoard", "other"]}, "name": ref("LocalizedText")}},
   "SeatInput": {"type": "object", "properties": {
       "personId": {"type": "integer"}, "organizationId": {"type": ["integer", "null"]},
       "position": {"enum": ["chair", "viceChair", "member", "presentingOfficial", "secretary"]},
       "deputyOfId": {"type": ["integer", "null"], "description": "The seat (not itself a deputy) this deputy stands in for"},
       "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE, "order": {"type": ["integer", "null"]}}},
   "MeetingInput": {"type": "object", "properties": {
       "startsAt": {"type": "string", "description": "2026-12-01T14:00 (Helsinki) or an ISO 8601 time with offset"},
       "place": {"type": ["string", "null"]}, "onlineUrl": {"type": ["string", "null"]}, "minutes": {"type": ["string", "null"]},
       "minutesPublic": {"type": "boolean"}}},
   "AgendaItemInput": {"type": "object", "properties": {
       "number": {"type": "integer", "minimum": 1}, "title": {"type": "string"}, "presenterId": {"type": ["integer", "null"]},
       "projectId": {"type": ["integer", "null"]}, "callId": {"type": ["integer", "null"], "description": "A call of the body's programme"},
       "decision": {"type": ["string", "null"]}, "decisionPublic": {"type": "boolean"}}},
   "AttendanceInput": {"type": "object", "required": ["present"], "properties": {"present": {"type": "array", "items": {"type": "integer"}}}},
   "Programme": {"type": "object", "required": ["id", "name", "purpose", "budgetApproximate", "memberCities", "themes", "targetGroups", "instruments", "indicators", "figures"],
     "properties": {
       "id": ID, "name": {"type": "string"}, "purpose": ref("LocalizedText"), "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE,
       "budgetCents": CENTS, "budgetApproximate": {"type": "boolean"}, "website": {"type": ["string", "null"]},
       "coordinatorId": {"type": ["integer", "null"]}, "coordinatorName": {"type": ["string", "null"]},
       "minMemberCities": {"type": ["integer", "null"], "description": "Eligibility rule: each project has implementers from at least this many member cities"},
       "memberCities": {"type": "array", "items": {"type": "object", "required": ["organizationId", "name"], "properties": {
           "organizationId": ID, "name": {"type": "string"}, "municipalityCode": {"type": ["string", "null"]}}}},
       "themes": {"type": "array", "items": {"type": "string"}, "description": "Competence ids"},
       "targetGroups": {"type": "array", "items": {"enum": target_groups}},
       "instruments": {"type": "array", "items": ref("FundingInstrument")}, "indicators": {"type": "array", "items": ref("Indicator")},
       "figures": {"type": "array", "items": ref("ProgrammeFigure")}}},
   "ProgrammeInput": {"type": "object", "description": "When creating, name is required.", "properties": {
       "name": {"type": "string", "maxLength": 200}, "purpose": ref("LocalizedText"), "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE,
       "budgetCents": CENTS_IN, "budgetApproximate": {"type": ["boolean", "null"]}, "website": {"type": ["string", "null"]},
       "coordinatorId": {"type": ["integer", "null"], "description": "Admins only; otherwise the caller's organisation"},
       "minMemberCities": {"type": ["integer", "null"], "minimum": 1, "description": "At most the number of member cities"},
       "memberCities": {"type": ["array", "null"], "items": {"type": "integer"}, "description": "Organisation ids of the member cities"},
       "themes": {"type": ["array", "null"], "items": {"type": "string"}, "description": "Competence ids"},
       "targetGroups": {"type": ["array", "null"], "items": {"enum": target_groups}}}},
   "FundingInstrument": {"type": "object", "required": ["id", "code", "name"], "properties": {
       "id": ID, "code": {"type": "string"}, "name": ref("LocalizedText"), "administratorId": {"type": ["integer", "null"]},
       "administratorName": {"type": ["string", "null"]}, "budgetCents": CENTS}},
   "InstrumentInput": {"type": "object", "description": "When creating, code and a Finnish name are required.", "properties": {
       "code": {"type": "string", "maxLength": 40, "description": "Letters, digits, - and _; unique in the programme: ERDF, ESF"},
       "name": ref("LocalizedText"), "administratorId": {"type": ["integer", "null"], "description": "Organisation id"}, "budgetCents": CENTS_IN}},
   "Indicator": {"type": "object", "required": ["id", "code", "name", "unit", "aggregation"], "properties": {
       "id": ID, "code": {"type": "string"}, "name": ref("LocalizedText"), "unit": {"enum": units},
       "aggregation": {"enum": aggregations, "description": "How one project's period reports add up: sum, the highest, or the latest"}}},
   "IndicatorInput": {"type": "object", "description": "When creating, code, a Finnish name, unit and aggregation are required.", "properties": {
       "code": {"type": "string", "maxLength": 40, "description": "Letters, digits, - and _; unique in the programme"},
       "name": ref("LocalizedText"), "unit": {"enum": units},
       "aggregation": {"enum": aggregations, "description": "Cannot change once the indicator is reported against"}}},
   "ProgrammeFigure": {"type": "object", "required": ["id", "label", "value", "qualifier"], "properties": {
       "id": ID, "label": ref("LocalizedText"), "value": DECIMAL, "qualifier": {"enum": qualifiers},
       "indicatorId": {"type": ["integer", "null"]}, "source": {"type": ["string", "null"]}}},
   "FigureInput": {"type": "object", "required": ["label", "value"], "properties": {
       "label": ref("LocalizedText"), "value": DECIMAL, "qualifier": {"enum": qualifiers + [None], "default": "exact"},
       "indicatorId": {"type": ["integer", "null"], "description": "An indicator of the same programme"}, "source": {"type": ["string", "null"]}}},
   "Dashboard": {"type": "object",
     "required": ["programmeId", "projects", "byStatus", "budgetByInstrument", "budgetByTheme", "budgetTotal", "implementersByMunicipality", "indicators"],
     "properties": {
       "programmeId": ID, "projects": {"type": "integer"},
       "byStatus": {"type": "object", "propertyNames": {"enum": statuses}, "additionalProperties": {"type": "integer"}},
       "budgetByInstrument": {"type": "array", "items": ref("DashboardBudget"), "description": "key: instrument code; absent for projects without one"},
       "budgetByTheme": {"type": "array", "items": ref("DashboardBudget"), "description": "key: theme id; each project's total split equally over its themes"},
       "budgetTotal": ref("DashboardBudget"),
       "implementersByMunicipality": {"type": "object", "additionalProperties": {"type": "integer"}, "description": "Municipality code → implementer organisations"},
       "indicators": {"type": "array", "items": {"type": "object",
           "required": ["indicatorId", "code", "aggregation", "target", "actual", "reportingProjects", "byInstrument", "byTheme", "byYear"],
           "properties": {
             "indicatorId": ID, "code": {"type": "string"}, "aggregation": {"enum": aggregations}, "target": DECIMAL, "actual": DECIMAL,
             "reportingProjects": {"type": "integer"},
             "byInstrument": {"type": "array", "items": ref("DashboardPart")}, "byTheme": {"type": "array", "items": ref("DashboardPart")},
             "byYear": {"type": "array", "items": ref("DashboardPart"), "description": "key: year; no target (targets are for the whole project)"}}}}}},
   "DashboardBudget": {"type": "object", "required": ["projects", "cents", "unknownBudgets"], "properties": {
       "key": {"type": ["string", "null"]}, "projects": {"type": "integer"}, "cents": {"type": "integer", "description": "Euro cents"},
       "unknownBudgets": {"type": "integer", "description": "Projects whose budget is not known"}}},
   "DashboardPart": {"type": "object", "required": ["actual"], "properties": {
       "key": {"type": ["string", "null"]}, "target": {**DECIMAL, "type": ["string", "null"]}, "actual": DECIMAL}},
   "ProjectSummary": {"type": "object", "required": ["id", "name", "status", "spearhead", "themes", "targetGroups"], "properties": {
       "id": ID, "code": {"type": ["string", "null"]}, "name": ref("LocalizedText"), "programmeId": {"type": ["integer", "null"]},
       "instrumentId": {"type": ["integer", "null"]}, "networkId": {"type": ["integer", "null"]}, "status": {"enum": statuses},
       "spearhead": {"type": "boolean"}, "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE,
       "totalCents": CENTS, "euCents": CENTS, "nationalCents": CENTS, "ownCents": CENTS,
       "themes": {"type": "array", "items": {"type": "string"}}, "targetGroups": {"type": "array", "items": {"enum": target_groups}},
       "website": {"type": ["string", "null"]}}},
   "Project": {"type": "object", "required": ["project", "implementers", "workPackages", "results"], "properties": {
       "project": ref("ProjectSummary"), "implementers": {"type": "array", "items": ref("ProjectImplementer")},
       "workPackages": {"type": "array", "items": ref("WorkPackage")}, "results": {"type": "array", "items": ref("ProjectResult")},
       "eligibility": {"type": ["object", "null"], "description": "Absent when the project has no programme or the programme no rule",
           "required": ["minimumMemberCities", "memberCities", "citiesCovered", "passes"], "properties": {
             "minimumMemberCities": {"type": "integer"}, "memberCities": {"type": "integer"},
             "citiesCovered": {"type": "array", "items": {"type": "string"}, "description": "Names of the member cities the implementers come from"},
             "passes": {"type": "boolean"}}}}},
   "ProjectInput": {"type": "object", "description": "When creating, a Finnish name is required. Money in euro cents; the parts never exceed the total.", "properties": {
       "code": {"type": ["string", "null"], "maxLength": 40, "description": "The funder's project code; unique"}, "name": ref("LocalizedText"),
       "summary": ref("LocalizedText"), "programmeId": {"type": ["integer", "null"]},
       "instrumentId": {"type": ["integer", "null"], "description": "An instrument of the programme"}, "networkId": {"type": ["integer", "null"]},
       "status": {"enum": statuses + [None], "default": "planned", "description": "ongoing only when the programme's eligibility rule holds"},
       "spearhead": {"type": ["boolean", "null"]}, "startsOn": PARTIAL_DATE, "endsOn": PARTIAL_DATE,
       "totalCents": CENTS_IN, "euCents": CENTS_IN, "nationalCents": CENTS_IN, "ownCents": CENTS_IN,
       "themes": {"type": ["array", "null"], "items": {"type": "string"}, "description": "Competence ids"},
       "targetGroups": {"type": ["array", "null"], "items": {"enum": target_groups}}, "website": {"type": ["string", "null"]}}},
   "ProjectImplementer": {"type": "object", "required": ["id", "projectId", "organizationId", "organizationName", "role"], "properties": {
       "id": ID, "projectId": ID, "organizationId": ID, "organizationName": {"type": "string"}, "municipalityCode": {"type": ["string", "null"]},
       "role": {"enum": implementer_roles}, "contactPersonId": {"type": ["integer", "null"]}, "budgetCents": CENTS}},
   "ImplementerInput": {"type": "object", "description": "When adding, organizationId and role are required.", "properties": {
       "organizationId": {"type": "integer", "description": "When adding; an implementer's organisation does not change"},
       "role": {"enum": implementer_roles, "description": "One lead per project"},
       "contactPersonId": {"type": ["integer", "null"], "description": "A person of the same organisation"}, "budgetCents": CENTS_IN}},
   "WorkPackage": {"type": "object", "required": ["id", "projectId", "number", "title", "description", "items"], "properties": {
       "id": ID, "projectId": ID, "number": {"type": "integer"}, "title": ref("LocalizedText"), "description": ref("LocalizedText"),
       "responsibleId": {"type": ["integer", "null"]}, "responsibleName": {"type": ["string", "null"]},
       "items": {"type": "array", "items": {"type": "object", "required": ["id", "kind", "title", "status"], "properties": {
           "id": ID, "kind": {"enum": item_kinds}, "title": {"type": "string"}, "dueOn": {**DAY, "type": ["string", "null"]},
           "status": {"enum": item_statuses}}}}}},
   "WorkPackageInput": {"type": "object", "description": "When adding, number and a Finnish title are required.", "properties": {
       "number": {"type": "integer", "minimum": 1, "maximum": 99, "description": "WP number, unique in the project"},
       "title": ref("LocalizedText"), "description": ref("LocalizedText"),
       "responsibleId": {"type": ["integer", "null"], "description": "Organisation id of one of the project's implementers"},
       "items": {"type": ["array", "null"], "description": "Tasks and deliverables in order; replaces the package's items",
           "items": {"type": "object", "required": ["title"], "properties": {
             "kind": {"enum": item_kinds + [None], "default": "task"}, "title": {"type": "string"}, "dueOn": {**DAY, "type": ["string", "null"]},
             "status": {"enum": item_statuses + [None], "default": "notStarted"}}}}}},
   "ProjectResult": {"type": "object", "required": ["id", "projectId", "kind", "title"], "properties": {
       "id": ID, "projectId": ID, "kind": {"enum": result_kinds}, "title": {"type": "string"},
       "description": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]}}},
   "ResultInput": {"type": "object", "description": "When adding, kind and title are required.", "properties": {
       "kind": {"enum": result_kinds}, "title": {"type": "string", "maxLength": 300}, "description": {"type": ["string", "null"]},
       "url": {"type": ["string", "null"]}}},
   "IndicatorTarget": {"type": "object", "required": ["indicatorId", "value"], "properties": {"indicatorId": ID, "value": DECIMAL}},
   "TargetsInput": {"type": "object", "required": ["targets"], "properties": {
       "targets": {"type": "array", "description": "Every target of the project (or application); indicators of its programme, each once", "items": {"type": "object",
           "required": ["indicatorId"], "properties": {"indicatorId": ID,
             "value": {**DECIMAL, "type": ["string", "null"], "description": "Not negative; null or empty leaves the indicator without a target"}}}}}},
   "IndicatorReport": {"type": "object", "required": ["id", "projectId", "indicatorId", "periodStart", "periodEnd", "value", "reportedAt", "version"],
     "properties": {
       "id": ID, "projectId": ID, "indicatorId": ID, "periodStart": DAY, "periodEnd": DAY, "value": DECIMAL,
       "note": {"type": ["string", "null"]}, "reportedBy": {"type": ["string", "null"], "description": "Shown to signed-in callers only"},
       "reportedAt": {"type": "string", "format": "date-time"}, "version": {"type": "integer", "minimum": 1, "description": "Goes up by one on every correction"}}},
   "ReportInput": {"type": "object", "required": ["indicatorId", "periodStart", "periodEnd", "value"], "properties": {
       "indicatorId": {"type": "integer", "description": "An indicator of the project's programme"},
       "periodStart": {**DAY, "description": "Inside the project's period"}, "periodEnd": {**DAY, "description": "Not before periodStart, inside the project's period"},
       "value": {**DECIMAL, "description": "Not negative"}, "note": {"type": ["string", "null"], "maxLength": 2000}}},
   "ReportCorrection": {"type": "object", "required": ["version"], "properties": {
       "version": {"type": "integer", "description": "The version being corrected"},
       "periodStart": {**DAY, "type": ["string", "null"]}, "periodEnd": {**DAY, "type": ["string", "null"]},
       "value": {**DECIMAL, "type": ["string", "null"]}, "note": {"type": ["string", "null"], "maxLength": 2000}}},
   "Call": {"type": "object",
     "required": ["id", "programmeId", "number", "title", "description", "opensAt", "closesAt", "isOpen", "instrumentIds", "themeIds", "published", "example",
                  "criteria", "fundedProjects"],
     "properties": {
       "id": ID, "programmeId": ID, "number": {"type": "integer", "description": "The programme's running number of the call"},
       "title": ref("LocalizedText"), "description": ref("LocalizedText"), "opensAt": INSTANT,
       "closesAt": {**INSTANT, "description": "The closing instant itself is closed"},
       "isOpen": {"type": "boolean", "description": "Open for applications now: published, opened and not yet closed"}, "budgetCents": CENTS,
       "instrumentIds": {"type": "array", "items": {"type": "integer"}, "description": "Funding instruments of the programme the call funds from"},
       "themeIds": {"type": "array", "items": {"type": "string"}, "description": "Competence ids"},
       "published": {"type": "boolean", "description": "Until published only the programme's office sees the call"},
       "example": {"type": "boolean", "description": "A call made up to show how Solmu works"},
       "criteria": {"type": "array", "items": ref("Criterion"), "description": "In order"},
       "fundedProjects": {"type": "array", "description": "The projects its funded applications became (on the single call only)", "items": {
           "type": "object", "required": ["projectId", "name"], "properties": {"projectId": ID, "name": {"type": "string"}}}}}},
   "Criterion": {"type": "object", "required": ["id", "order", "name", "guidance", "weight", "scaleMin", "scaleMax", "responsibility"], "properties": {
       "id": ID, "order": {"type": "integer"}, "name": ref("LocalizedText"), "guidance": ref("LocalizedText"),
       "weight": {"type": "integer", "description": "Relative weight; the weighted total divides by the sum of weights"},
       "scaleMin": {"type": "integer"}, "scaleMax": {"type": "integer"},
       "responsibility": {"type": "boolean", "description": "A responsibility criterion"}}},
   "CallInput": {"type": "object",
     "description": "When creating, programmeId, number, a Finnish title, opensAt and closesAt are required. Times in Helsinki time (2026-03-30T16:00) or with an offset.",
     "properties": {
       "programmeId": {"type": ["integer", "null"], "description": "When creating; a call stays in its programme"},
       "number": {"type": "integer", "minimum": 1, "maximum": 999, "description": "Unique in the programme"},
       "title": ref("LocalizedText"), "description": ref("LocalizedText"),
       "opensAt": {"type": "string", "description": "2026-03-01T09:00 (Helsinki) or an ISO 8601 time with offset"},
       "closesAt": {"type": "string", "description": "After opensAt"}, "budgetCents": CENTS_IN,
       "instrumentIds": {"type": ["array", "null"], "items": {"type": "integer"}, "description": "Funding instruments of the programme"},
       "themeIds": {"type": ["array", "null"], "items": {"type": "string"}, "description": "Competence ids"},
       "published": {"type": ["boolean", "null"], "default": False}, "example": {"type": ["boolean", "null"], "default": False}}},
   "CriterionInput": {"type": "object", "description": "When adding, a Finnish name is required. Nothing changes once a reviewer has scored the call.", "properties": {
       "order": {"type": ["integer", "null"], "description": "Default: after the last"}, "name": ref("LocalizedText"), "guidance": ref("LocalizedText"),
       "weight": {"type": ["integer", "null"], "minimum": 1, "maximum": 1000, "default": 1},
       "scaleMin": {"type": ["integer", "null"], "minimum": 0, "default": 0},
       "scaleMax": {"type": ["integer", "null"], "maximum": 100, "default": 5, "description": "Above scaleMin"},
       "responsibility": {"type": ["boolean", "null"], "default": False}}},
   "RankingRow": {"type": "object", "required": ["rank", "applicationId", "title", "state", "reviews", "mean", "lowest", "highest", "spread"], "properties": {
       "rank": {"type": "integer", "minimum": 1}, "applicationId": ID, "title": {"type": "string"}, "state": {"enum": application_states},
       "reviews": {"type": "integer", "description": "Submitted reviews"},
       "mean": {**DECIMAL, "description": "Mean of the reviews' weighted totals, rounded half up to thousandths"},
       "lowest": DECIMAL, "highest": DECIMAL, "spread": {**DECIMAL, "description": "highest − lowest: where reviewers disagree"}}},
   "Application": {"type": "object",
     "required": ["id", "callId", "programmeId", "state", "version", "title", "partners", "workPackages", "targets", "missing"],
     "properties": {
       "id": ID, "callId": ID, "programmeId": ID, "state": {"enum": application_states},
       "version": {"type": "integer", "minimum": 1, "description": "Goes up by one on every save and state change; a change names the version it read"},
       "title": {"type": "string"}, "summary": TEXT_OR_NULL, "objectives": TEXT_OR_NULL,
       "totalCents": {**CENTS, "description": "Sum of the partners' budgets; absent while none has one"},
       "requestedCents": {**CENTS, "description": "Sum of the funding the partners request"},
       "submittedAt": INSTANT_OR_NULL, "projectId": {"type": ["integer", "null"], "description": "The project a funded application became"},
       "conditions": {"type": ["string", "null"], "description": "The funding decision's conditions"},
       "partners": {"type": "array", "description": "The consortium, lead first", "items": {"type": "object",
           "required": ["id", "organizationId", "organizationName", "role"], "properties": {
             "id": ID, "organizationId": ID, "organizationName": {"type": "string"}, "municipalityCode": TEXT_OR_NULL,
             "role": {"enum": applicant_roles}, "contactPersonId": ID_OR_NULL, "contactPersonName": TEXT_OR_NULL,
             "budgetCents": CENTS, "requestedCents": CENTS}}},
       "workPackages": {"type": "array", "items": {"type": "object", "required": ["id", "number", "title"], "properties": {
           "id": ID, "number": {"type": "integer"}, "title": {"type": "string"}, "description": TEXT_OR_NULL,
           "responsibleId": {"type": ["integer", "null"], "description": "Organisation id of a partner"}}}},
       "targets": {"type": "array", "items": ref("IndicatorTarget")},
       "missing": {"type": "object", "additionalProperties": {"type": "string"},
           "description": "While the consortium edits: what is still missing before submitting, part → message key (summary, objectives, partners, contacts, budget, workPackages, targets); empty otherwise"}}},
   "ApplicationInput": {"type": "object",
     "description": "When creating, callId and title are required; when changing, version. callId and leadOrganizationId count only when creating.", "properties": {
       "callId": {"type": ["integer", "null"], "description": "When creating; an application stays in its call"},
       "title": {"type": "string", "maxLength": 300}, "summary": TEXT_OR_NULL, "objectives": TEXT_OR_NULL,
       "leadOrganizationId": {"type": ["integer", "null"], "description": "When creating: the lead applicant (default: the organisation the caller acts for)"},
       "version": {"type": ["integer", "null"], "description": "When changing: the version read; required"}}},
   "ApplicationEvent": {"type": "object", "required": ["sequence", "at", "action", "toState", "actorName"], "properties": {
       "sequence": {"type": "integer", "minimum": 1, "description": "The application's version this change produced"}, "at": INSTANT,
       "action": {"enum": application_actions}, "fromState": {"enum": application_states + [None], "description": "Absent on the first line (create)"},
       "toState": {"enum": application_states}, "actorName": {"type": "string", "description": "The actor's name as it was then"},
       "reason": {"type": ["string", "null"], "description": "The reason or rationale given"},
       "finding": {"type": ["string", "null"], "description": "What Solmu found (e.g. the eligibility rule's outcome): a message key"},
       "findingValues": {"type": ["object", "null"], "additionalProperties": {"type": "string"}, "description": "The finding's values"},
       "meetingId": {"type": ["integer", "null"], "description": "The meeting whose proposal or decision this is"}}},
   "StepInput": {"type": "object", "properties": {
       "reason": {"type": ["string", "null"], "description": "The reason or rationale; required to return, propose and decide"},
       "meetingId": {"type": ["integer", "null"],
           "description": "propose: a meeting of the programme's steering group; decide: of its management group; required for both"},
       "outcome": {"enum": ["funded", "rejected", None], "description": "propose and decide: required"},
       "conditions": {"type": ["string", "null"], "description": "decide with funded only: the decision's conditions"}}},
   "PartnerInput": {"type": "object", "description": "organizationId and role are required (also in the merged result of a change). One lead per application.",
     "properties": {
       "organizationId": {"type": "integer", "description": "Each organisation once in the consortium"}, "role": {"enum": applicant_roles},
       "contactPersonId": {"type": ["integer", "null"], "description": "A person of the same organisation"},
       "budgetCents": CENTS_IN, "requestedCents": {**CENTS_IN, "description": "Euro cents; at most budgetCents"}}},
   "PlannedWorkPackageInput": {"type": "object", "description": "When adding, number and title are required.", "properties": {
       "number": {"type": "integer", "minimum": 1, "maximum": 99, "description": "Unique in the application"}, "title": {"type": "string"},
       "description": TEXT_OR_NULL, "responsibleId": {"type": ["integer", "null"], "description": "Organisation id of a partner"}}},
   "Assessment": {"type": "object", "required": ["id", "applicationId", "applicationTitle", "callId", "state", "version", "scores"], "properties": {
       "id": ID, "applicationId": ID, "applicationTitle": {"type": "string"}, "callId": ID, "state": {"enum": assessment_states},
       "version": {"type": "integer", "minimum": 1, "description": "Goes up by one on every save; saving scores names the version read"},
       "reviewerName": {"type": ["string", "null"], "description": "Shown to the office only"}, "declaredAt": INSTANT_OR_NULL,
       "conflictReason": {"type": ["string", "null"], "description": "Shown to the office only"}, "submittedAt": INSTANT_OR_NULL,
       "total": {**DECIMAL, "type": ["string", "null"], "description": "Weighted total in scale points, once submitted, e.g. 3.25"},
       "scores": {"type": "array", "items": {"type": "object", "required": ["criterionId", "score"], "properties": {
           "criterionId": ID, "score": {"type": "integer"}, "comment": TEXT_OR_NULL}}}}},
   "AssignmentInput": {"type": "object", "required": ["reviewerId"], "properties": {
       "reviewerId": {"type": "string", "format": "uuid", "description": "The reviewing user's id; not of the consortium, nor of its organisations"}}},
   "DeclarationInput": {"type": "object", "required": ["conflict"], "properties": {
       "conflict": {"type": "boolean"}, "reason": {"type": ["string", "null"], "description": "Required with a conflict"}}},
   "ScoresInput": {"type": "object", "required": ["version", "scores"], "properties": {
       "version": {"type": "integer", "description": "The assessment's version read"},
       "scores": {"type": "array", "description": "Replaces the saved scores", "items": {"type": "object", "required": ["criterionId"], "properties": {
           "criterionId": {"type": "integer", "description": "A criterion of the call"},
           "score": {"type": ["integer", "null"], "description": "Within the criterion's scale; null leaves it unscored"}, "comment": TEXT_OR_NULL}}},
       "submit": {"type": ["boolean", "null"], "default": False, "description": "Submit as well: every criterion must then be scored"}}},
   "Message": {"type": "object", "required": ["id", "createdAt", "message", "values", "read"], "properties": {
       "id": ID, "createdAt": INSTANT, "message": {"type": "string", "description": "In the Accept-Language language"},
       "values": {"type": "object", "additionalProperties": {"type": "string"}}, "applicationId": ID_OR_NULL, "read": {"type": "boolean"}}},
   "Event": {"type": "object",
     "required": ["id", "kind", "title", "description", "themeIds", "registrationOpen", "confirmed", "waiting", "published", "byInvitation", "inputsOpen"],
     "properties": {
       "id": ID, "kind": {"enum": event_kinds},
       "networkId": {"type": ["integer", "null"], "description": "The network that runs the event (or else programmeId)"}, "programmeId": ID_OR_NULL,
       "seriesId": {"type": ["integer", "null"], "description": "The roadshow this event is a stop of"},
       "title": ref("LocalizedText"), "description": ref("LocalizedText"),
       "themeIds": {"type": "array", "items": {"type": "string"}, "description": "Competence ids"},
       "startsAt": {**INSTANT_OR_NULL, "description": "Absent when only the day, month or year is known"}, "endsAt": INSTANT_OR_NULL,
       "startsOn": {**PARTIAL_DATE, "description": "The day as known (2022, 2022-06 or 2022-06-15); from startsAt when the time is known"},
       "endsOn": PARTIAL_DATE, "municipalityCode": TEXT_OR_NULL, "venue": TEXT_OR_NULL, "onlineUrl": TEXT_OR_NULL,
       "capacity": {"type": ["integer", "null"], "description": "Places; absent when the event takes no registrations"},
       "registrationOpensAt": INSTANT_OR_NULL, "registrationClosesAt": INSTANT_OR_NULL,
       "registrationOpen": {"type": "boolean", "description": "Open for registration now: published, takes registrations, within the window and not started"},
       "confirmed": {"type": "integer", "minimum": 0, "description": "Places taken"},
       "waiting": {"type": "integer", "minimum": 0, "description": "On the waiting list"},
       "published": {"type": "boolean", "description": "Until published only the organisers see the event"},
       "byInvitation": {"type": "boolean", "description": "Only those given the invitation link (and the organisers) see it and may register"},
       "invitation": {"type": ["string", "null"], "description": "The invitation link's code: to the organisers only"},
       "inputsOpen": {"type": "boolean", "description": "A workshop open for participants' inputs online"},
       "calendarUrl": {"type": ["string", "null"], "description": "The event's iCalendar document; absent when its date is known only to the month or year"}}},
   "EventInput": {"type": "object",
     "description": "When creating, kind, a Finnish title and one of networkId and programmeId (not both) are required. Times in Helsinki time (2026-09-21T09:00) or with an offset; when only the day, month or year is known, startsOn and endsOn instead.",
     "properties": {
       "kind": {"enum": event_kinds}, "networkId": ID_OR_NULL, "programmeId": ID_OR_NULL,
       "seriesId": {"type": ["integer", "null"], "description": "A roadshow of the same network or programme this event is a stop of"},
       "title": ref("LocalizedText"), "description": ref("LocalizedText"),
       "themeIds": {"type": ["array", "null"], "items": {"type": "string"}, "description": "Competence ids"},
       "startsAt": {"type": ["string", "null"], "description": "2026-09-21T09:00 (Helsinki) or an ISO 8601 time with offset"},
       "endsAt": {"type": ["string", "null"], "description": "After startsAt"},
       "startsOn": {**PARTIAL_DATE, "description": "Only without startsAt: 2022, 2022-06 or 2022-06-15"},
       "endsOn": {**PARTIAL_DATE, "description": "Only without startsAt; not before startsOn"},
       "municipalityCode": TEXT_OR_NULL, "venue": TEXT_OR_NULL, "onlineUrl": {"type": ["string", "null"], "description": "An http:// or https:// address"},
       "capacity": {"type": ["integer", "null"], "minimum": 1, "maximum": 100000,
           "description": "Places; none means the event takes no registrations. Not below the places taken, nor removed while anyone is registered"},
       "registrationOpensAt": {"type": ["string", "null"], "description": "Needs capacity"},
       "registrationClosesAt": {"type": ["string", "null"], "description": "After registrationOpensAt, not after startsAt; needs capacity"},
       "published": {"type": ["boolean", "null"], "default": False},
       "byInvitation": {"type": ["boolean", "null"], "default": False, "description": "The invitation code stays the same while the event stays by invitation"},
       "inputsOpen": {"type": ["boolean", "null"], "default": False}}},
   "Registration": {"type": "object",
     "required": ["id", "eventId", "name", "email", "listConsent", "contactConsent", "status", "registeredAt", "attended"], "properties": {
       "id": ID, "eventId": ID, "name": {"type": "string"}, "organization": TEXT_OR_NULL, "email": {"type": "string"},
       "listConsent": {"type": "boolean", "description": "Agreed to be shown in the public list of participants"},
       "contactConsent": {"type": "boolean", "description": "Agreed to be contacted after the event"},
       "status": {"enum": registration_statuses},
       "waitingPosition": {"type": ["integer", "null"], "minimum": 1, "description": "1 for the first on the waiting list; absent when not waiting"},
       "registeredAt": INSTANT, "promotedAt": {**INSTANT_OR_NULL, "description": "When it moved up from the waiting list to a place"},
       "cancelledAt": INSTANT_OR_NULL, "attended": {"type": "boolean"}}},
   "RegistrationReceipt": {"type": "object", "required": ["id", "eventId", "name", "email", "status"], "properties": {
       "id": ID, "eventId": ID, "name": {"type": "string"}, "email": {"type": "string"}, "status": {"enum": registration_statuses},
       "waitingPosition": {"type": ["integer", "null"], "minimum": 1, "description": "1 for the first on the waiting list; absent when not waiting"},
       "token": {"type": ["string", "null"], "description": "The private link's secret: only in the answer to registering (and in the confirmation e-mail)"},
       "cancelUrl": {"type": ["string", "null"], "description": "With token: where the registration is read and cancelled, /api/v1/registrations/{token}"}}},
   "RegistrationInput": {"type": "object", "required": ["name", "email"], "properties": {
       "name": {"type": "string", "maxLength": 200}, "organization": {"type": ["string", "null"], "maxLength": 200},
       "email": {"type": "string", "maxLength": 254, "description": "Registered once per event (in any letter case) until cancelled"},
       "listConsent": {"type": ["boolean", "null"], "default": False, "description": "To be shown in the public list of participants"},
       "contactConsent": {"type": ["boolean", "null"], "default": False, "description": "To be contacted after the event"},
       "invitation": {"type": ["string", "null"], "description": "The invitation link's code, for an event by invitation"},
       "language": {"enum": languages + [None], "default": "fi", "description": "The language of the messages sent"}}},
   "AttendanceMark": {"type": "object", "required": ["attended"], "properties": {"attended": {"type": "boolean"}}},
   "Participant": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "organization": TEXT_OR_NULL}},
   "WorkshopInput": {"type": "object", "required": ["id", "eventId", "text", "online", "recordedAt", "actionIds"], "properties": {
       "id": ID, "eventId": ID, "text": {"type": "string"}, "themeId": {"type": ["string", "null"], "description": "Competence id"},
       "sourceType": {"enum": types + [None], "description": "The kind of organisation it came from, if told"},
       "online": {"type": "boolean", "description": "Sent by a participant online rather than recorded by the organiser"}, "recordedAt": INSTANT,
       "actionIds": {"type": "array", "items": {"type": "integer"}, "description": "The follow-up actions that answer it"}}},
   "InputSubmission": {"type": "object", "required": ["text"], "properties": {
       "text": {"type": "string", "maxLength": 4000}, "themeId": {"type": ["string", "null"], "description": "Competence id"},
       "sourceType": {"enum": types + [None], "description": "The kind of organisation it comes from"},
       "registration": {"type": ["string", "null"], "description": "A participant's private registration link secret: sends to an open workshop without an account"}}},
   "FollowUpAction": {"type": "object", "required": ["id", "networkId", "title", "status", "inputIds"], "properties": {
       "id": ID, "networkId": ID, "title": ref("LocalizedText"), "description": TEXT_OR_NULL,
       "ownerId": {"type": ["integer", "null"], "description": "The organisation that owns the action"},
       "status": {"enum": action_statuses}, "dueOn": {**DAY, "type": ["string", "null"]},
       "inputIds": {"type": "array", "items": {"type": "integer"}, "description": "The inputs it answers"}}},
   "FollowUpActionInput": {"type": "object", "description": "When adding, a Finnish title is required.", "properties": {
       "title": ref("LocalizedText"), "description": TEXT_OR_NULL, "ownerId": {"type": ["integer", "null"], "description": "Organisation id"},
       "status": {"enum": action_statuses + [None], "default": "planned"}, "dueOn": {**DAY, "type": ["string", "null"]},
       "inputIds": {"type": ["array", "null"], "items": {"type": "integer"}, "description": "Inputs heard at the network's own events; replaces the links"}}},
   "FollowUpReport": {"type": "object", "required": ["inputs", "events", "answered", "actions", "byTheme"], "properties": {
       "inputs": {"type": "integer", "minimum": 0, "description": "Inputs heard at the network's events"},
       "events": {"type": "integer", "minimum": 0, "description": "The events they were heard at"},
       "answered": {"type": "integer", "minimum": 0, "description": "Inputs that at least one action answers"},
       "actions": {"type": "integer", "minimum": 0, "description": "The network's follow-up actions"},
       "byTheme": {"type": "array", "description": "By theme id, inputs without a theme last", "items": {"type": "object", "required": ["inputs", "answered"],
           "properties": {"themeId": {"type": ["string", "null"], "description": "Absent for inputs without a theme"},
                          "inputs": {"type": "integer", "minimum": 1}, "answered": {"type": "integer", "minimum": 0}}}}}},
   "Topic": {"type": "object", "required": ["id", "networkId", "title", "area", "description", "status", "positions", "meetingIds", "stances"], "properties": {
       "id": ID, "networkId": {"type": "integer", "description": "The network that runs the round table"},
       "title": ref("LocalizedText"), "area": ref("LocalizedText"), "description": ref("LocalizedText"), "status": {"enum": topic_statuses},
       "positions": {"type": "array", "items": ref("Position"), "description": "By organisation name"},
       "meetingIds": {"type": "array", "items": {"type": "integer"}, "description": "The round-table meetings (events) that handled it"},
       "stances": {"type": "object", "propertyNames": {"enum": stances}, "additionalProperties": {"type": "integer", "minimum": 1},
           "description": "How many positions of each stance; a stance no one took is absent"}}},
   "Position": {"type": "object", "required": ["id", "organizationId", "organizationName", "stance"], "properties": {
       "id": ID, "organizationId": ID, "organizationName": {"type": "string"}, "stance": {"enum": stances}, "text": TEXT_OR_NULL, "statedOn": PARTIAL_DATE}},
   "TopicInput": {"type": "object", "description": "When creating, networkId and a Finnish title are required.", "properties": {
       "networkId": {"type": ["integer", "null"], "description": "When creating: the network that runs the round table; a topic stays with it"},
       "title": ref("LocalizedText"), "area": ref("LocalizedText"), "description": ref("LocalizedText"),
       "status": {"enum": topic_statuses + [None], "default": "proposed"},
       "meetingIds": {"type": ["array", "null"], "items": {"type": "integer"},
           "description": "Round-table meetings (events of that kind) of the same network; replaces the links"}}},
   "PositionInput": {"type": "object", "required": ["organizationId", "stance"], "properties": {
       "organizationId": ID, "stance": {"enum": stances}, "text": TEXT_OR_NULL, "statedOn": PARTIAL_DATE}},
   "InstrumentSummary": {"type": "object", "required": ["id", "key", "version", "name", "published"], "properties": {
       "id": ID, "key": {"type": "string", "description": "The questionnaire its versions share"}, "version": {"type": "integer", "minimum": 1},
       "name": ref("LocalizedText"), "published": {"type": "boolean", "description": "Only published versions are answered; drafts are shown to admins only"},
       "publishedAt": {**INSTANT_OR_NULL, "description": "Absent for a draft"}}},
   "InstrumentContent": {"type": "object", "required": ["key", "name", "dimensions"],
     "description": "A questionnaire version's whole content. Answers always carry id, version and published (publishedAt once published) and the ids of dimensions and statements. As the body replacing a draft's content, ids, version and published are ignored and the key stays as it was; every text is needed in fi, sv and en, 1–12 statements per dimension, each statement with the levels 0–4 once each, keys of 1–60 characters unique in the version.",
     "properties": {
       "id": ID_OR_NULL, "key": {"type": "string"}, "version": {"type": ["integer", "null"], "minimum": 1}, "published": {"type": ["boolean", "null"]},
       "publishedAt": INSTANT_OR_NULL, "name": ref("LocalizedText"), "description": ref("LocalizedText"),
       "dimensions": {"type": "array", "description": "In order", "items": {"type": "object", "required": ["key", "name", "statements", "advice"], "properties": {
           "id": ID_OR_NULL, "key": {"type": "string"}, "name": ref("LocalizedText"), "description": ref("LocalizedText"),
           "statements": {"type": "array", "description": "In order", "items": {"type": "object", "required": ["key", "text", "levels"], "properties": {
               "id": {"type": ["integer", "null"], "description": "What answers name as statementId"}, "key": {"type": "string"}, "text": ref("LocalizedText"),
               "levels": {"type": "array", "items": {"type": "object", "required": ["level", "text"], "properties": {
                   "level": LEVEL, "text": ref("LocalizedText")}}}}}},
           "advice": {"type": "array", "description": "Advice given when the dimension is among the weakest", "items": {
               "type": "object", "required": ["text"], "properties": {"text": ref("LocalizedText")}}}}}}}},
   "Platform": {"type": "object", "required": ["id", "name", "kind"], "properties": {
       "id": ID, "name": {"type": "string"}, "kind": {"enum": platform_kinds},
       "ownerName": {"type": ["string", "null"], "description": "The owner organisation as the assessor wrote it"}, "municipalityCode": TEXT_OR_NULL,
       "organizationId": {"type": ["integer", "null"], "description": "The owner organisation in the atlas, when known"},
       "ecosystemId": ID_OR_NULL, "networkId": ID_OR_NULL}},
   "PlatformDetails": {"type": "object",
     "description": "What is said about a platform. name and kind are required when a new platform is assessed, and in the merged result of a change; links must point at things that exist.",
     "properties": {
       "name": {"type": ["string", "null"], "maxLength": 200}, "kind": {"enum": platform_kinds + [None]},
       "ownerName": {"type": ["string", "null"], "maxLength": 200, "description": "The owner organisation"},
       "municipalityCode": TEXT_OR_NULL, "organizationId": {"type": ["integer", "null"], "description": "The owner organisation in the atlas"},
       "ecosystemId": ID_OR_NULL, "networkId": ID_OR_NULL}},
   "AssessmentStart": {"type": "object", "description": "A new platform (platform), or one of the signed-in owner's platforms again (platformId).", "properties": {
       "platform": ref("PlatformDetails"),
       "platformId": {"type": ["integer", "null"], "description": "One of the caller's own platforms; needs signing in"},
       "instrumentId": {"type": ["integer", "null"], "description": "A published version (default: the newest published)"},
       "language": {"enum": languages + [None], "default": "fi", "description": "The language of the questionnaire page behind the link"}}},
   "AnswersInput": {"type": "object", "required": ["answers"], "properties": {
       "answers": {"type": "array", "description": "Each statement at most once", "items": {"type": "object", "required": ["statementId"], "properties": {
           "statementId": {"type": "integer", "description": "A statement of the assessment's own version"},
           "level": {**LEVEL, "type": ["integer", "null"], "description": "0–4; leave out with dontKnow"},
           "dontKnow": {"type": ["boolean", "null"], "default": False, "description": "Don't know: counted as answered, not in the score"}}}}}},
   "PublicationInput": {"type": "object", "required": ["published"], "properties": {
       "published": {"type": "boolean", "description": "true publishes (a completed assessment only), false withdraws"},
       "ownerConsent": {"type": ["boolean", "null"], "description": "The owner organisation agrees to publishing; required to publish"}}},
   "PlatformAssessment": {"type": "object",
     "required": ["id", "instrumentId", "instrumentVersion", "status", "platform", "answers", "answered", "statements", "published"], "properties": {
       "id": ID, "instrumentId": ID, "instrumentVersion": {"type": "integer", "minimum": 1}, "status": {"enum": assessment_statuses},
       "platform": ref("Platform"),
       "answers": {"type": "array", "description": "By statement id", "items": {"type": "object", "required": ["statementId", "dontKnow"], "properties": {
           "statementId": ID, "level": {**LEVEL, "type": ["integer", "null"], "description": "Absent for don't know"}, "dontKnow": {"type": "boolean"}}}},
       "answered": {"type": "integer", "minimum": 0}, "statements": {"type": "integer", "minimum": 0, "description": "Statements in the version"},
       "createdAt": INSTANT_OR_NULL, "updatedAt": INSTANT_OR_NULL, "completedAt": INSTANT_OR_NULL,
       "published": {"type": "boolean"}, "publishedAt": INSTANT_OR_NULL,
       "token": {"type": ["string", "null"], "description": "The private link's secret: only in the answer to starting"},
       "link": {"type": ["string", "null"], "description": "With token: the questionnaire page behind the private link"}}},
   "Quartiles": {"type": "object", "required": ["lower", "median", "upper"], "properties": {"lower": SCORE, "median": SCORE, "upper": SCORE}},
   "AssessmentResult": {"type": "object",
     "required": ["assessmentId", "platform", "instrumentId", "instrumentVersion", "published", "dimensions", "strongest", "weakest", "advice", "peerCount", "peersShown"],
     "properties": {
       "assessmentId": ID, "platform": ref("Platform"), "instrumentId": ID, "instrumentVersion": {"type": "integer", "minimum": 1},
       "completedAt": INSTANT_OR_NULL, "published": {"type": "boolean"},
       "overall": {**SCORE_OR_NULL, "description": "The mean of the dimensions' scores; absent when none has one"},
       "dimensions": {"type": "array", "description": "In the questionnaire's order", "items": {"type": "object",
           "required": ["key", "name", "known", "statements"], "properties": {
             "key": {"type": "string"}, "name": ref("LocalizedText"),
             "score": {**SCORE_OR_NULL, "description": "The mean level of its statements answered with a level; absent when all were don't know"},
             "known": {"type": "integer", "minimum": 0, "description": "Statements answered with a level"}, "statements": {"type": "integer", "minimum": 0},
             "peers": {"anyOf": [ref("Quartiles"), {"type": "null"}], "description": "Peers' quartiles; absent below five peers"}}}},
       "strongest": {"type": "array", "items": {"type": "string"}, "description": "The keys of the dimensions with the highest score (all of them on a tie)"},
       "weakest": {"type": "array", "items": {"type": "string"}, "description": "The keys of the dimensions with the lowest score (all of them on a tie)"},
       "advice": {"type": "array", "description": "For every dimension scoring below 2.5, and for the weakest (unless at 4), weakest first", "items": {"type": "object", "required": ["dimension", "items"], "properties": {
           "dimension": {"type": "string", "description": "Dimension key"}, "items": {"type": "array", "items": ref("LocalizedText")}}}},
       "peerCount": {"type": "integer", "minimum": 0, "description": "Other platforms that completed the same version, each counted once"},
       "peersShown": {"type": "boolean", "description": "Whether peers' quartiles are given: from five peers up"},
       "overallPeers": {"anyOf": [ref("Quartiles"), {"type": "null"}], "description": "Absent below five peers"}}},
   "PublishedResult": {"type": "object", "required": ["id", "platform", "instrumentId", "instrumentVersion"], "properties": {
       "id": {"type": "integer", "description": "The assessment's id: /self-assessment/results/{id}"}, "platform": ref("Platform"),
       "instrumentId": ID, "instrumentVersion": {"type": "integer", "minimum": 1}, "completedAt": INSTANT_OR_NULL, "overall": SCORE_OR_NULL}},
   "PlatformHistory": {"type": "object", "required": ["platform", "assessments"], "properties": {
       "platform": ref("Platform"),
       "assessments": {"type": "array", "description": "Oldest first", "items": {"type": "object",
           "required": ["id", "instrumentId", "instrumentVersion", "status", "scores", "published"], "properties": {
             "id": ID, "instrumentId": ID, "instrumentVersion": {"type": "integer", "minimum": 1}, "status": {"enum": assessment_statuses},
             "createdAt": INSTANT_OR_NULL, "completedAt": INSTANT_OR_NULL, "overall": SCORE_OR_NULL,
             "scores": {"type": "object", "additionalProperties": SCORE, "description": "Dimension key → score; empty until completed"},
             "published": {"type": "boolean"}}}}}},
   "Aggregates": {"type": "object",
     "required": ["instrumentId", "instrumentVersion", "group", "groupName", "platforms", "shown", "dimensions", "weakestStatements"], "properties": {
       "instrumentId": ID, "instrumentVersion": {"type": "integer", "minimum": 1},
       "group": {"type": "string", "description": "The group as named in the query: region:06, ecosystem:3, network:2"},
       "groupName": {"type": "string"}, "platforms": {"type": "integer", "minimum": 0, "description": "The group's platforms with a current result under the version"},
       "shown": {"type": "boolean", "description": "False below five platforms: then no figures are given"},
       "overallMean": SCORE_OR_NULL, "overall": {"anyOf": [ref("Quartiles"), {"type": "null"}], "description": "Quartiles of the overall scores"},
       "dimensions": {"type": "array", "description": "In the questionnaire's order; empty below five platforms", "items": {"type": "object", "required": ["key", "name", "platforms", "weak"], "properties": {
           "key": {"type": "string"}, "name": ref("LocalizedText"),
           "platforms": {"type": "integer", "minimum": 0, "description": "Platforms with a score in the dimension"}, "mean": SCORE_OR_NULL, "quartiles": {"anyOf": [ref("Quartiles"), {"type": "null"}]},
           "weak": {"type": "integer", "minimum": 0, "description": "Platforms scoring below 2.0 in the dimension"}}}},
       "weakestStatements": {"type": "array", "maxItems": 5, "description": "The five statements with the lowest mean level, lowest first; empty below five platforms", "items": {"type": "object", "required": ["statementId", "key", "text", "dimension", "mean", "known"], "properties": {
           "statementId": ID, "key": {"type": "string"}, "text": ref("LocalizedText"), "dimension": {"type": "string", "description": "Dimension key"},
           "mean": SCORE, "known": {"type": "integer", "minimum": 0, "description": "Platforms that answered it with a level"}}}}}},
  }},
}
# Answers every operation of a kind can give, added in one place rather than to each operation:
# a visitor's creating writes are limited per address (and a registration's mail per address), and a write that meets a
# busy SQLite database is a 503 to try again, never a 500.
LIMITED = {"registerForEvent", "startPlatformAssessment", "addEventInput"}
for item in doc["paths"].values():
    for method in ("post", "put", "patch", "delete"):
        operation = item.get(method)
        if not operation: continue
        responses = operation["responses"]
        if operation.get("operationId") in LIMITED:
            responses.update(problem(429, "Too many from this address (or mails to this e-mail address) for now; Retry-After says when to try again"))
            responses["429"]["headers"] = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}
        responses.update(problem(503, "The database was busy with another write; nothing was saved. Retry-After says when to try again"))
        responses["503"]["headers"] = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}
        if "requestBody" in operation:
            responses.setdefault("400", problem(400, "Malformed body: not JSON, or not a JSON object")["400"])
            responses.setdefault("422", problem(422, "Validation failed; errors name the fields (text with control characters such as NUL is refused)")["422"])

out = pathlib.Path(__file__).resolve().parent.parent / "Sources/SolmuApp/Resources/openapi.json"
out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
print(f"wrote {out}")
