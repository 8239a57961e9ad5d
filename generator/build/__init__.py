"""Building the model: a resolved, validated document in, a `model.api.Api` out.

One module per concern of the spec: operations and their resources, parameters, request bodies,
responses, security, servers, and schemas (types and generated classes).
"""
