"""A client library for accessing CloudCockpit CSP API"""
