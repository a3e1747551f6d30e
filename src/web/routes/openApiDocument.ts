/** The OpenAPI description of /api/v1, served at /api/v1/openapi.json. */
export function openApiDocument() {
  const timeIndicator = {
    type: 'object',
    required: ['value', 'mean', 'children', 'threshold', 'meets', 'distance', 'previous', 'rank'],
    properties: {
      value: { type: ['integer', 'null'], description: 'Whole days, the mean rounded half up' },
      mean: { type: ['number', 'null'] },
      children: { type: 'integer', description: 'Children the average rests on' },
      threshold: { type: 'integer' },
      meets: { type: ['boolean', 'null'] },
      distance: { type: ['integer', 'null'], description: 'value - threshold' },
      previous: { type: ['integer', 'null'] },
      trend: { type: ['integer', 'null'] },
      rank: { type: ['integer', 'null'], description: '1 = fastest' },
      quartile: { type: ['integer', 'null'] },
      slowestTenth: { type: ['boolean', 'null'] },
    },
  }
  const share = {
    type: 'object',
    properties: {
      months: { type: 'integer' },
      count: { type: 'integer' },
      children: { type: 'integer' },
      percent: { type: ['number', 'null'] },
      previous: { type: ['number', 'null'] },
    },
  }
  const indicators = {
    type: 'object',
    properties: {
      A1: { $ref: '#/components/schemas/TimeIndicator' },
      A1_adjusted: { $ref: '#/components/schemas/TimeIndicator' },
      A2: { $ref: '#/components/schemas/TimeIndicator' },
      A3: { $ref: '#/components/schemas/ShareIndicator' },
    },
  }
  const notFound = { description: 'Not found', content: { 'application/problem+json': { schema: { type: 'object' } } } }
  const period = {
    name: 'period',
    in: 'path',
    required: true,
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
    example: '2010-13',
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Adoption scorecard API',
      version: '1.0.0',
      description: 'Adoption scorecards computed from SSDA903 returns.',
    },
    paths: {
      '/api/v1/periods': {
        get: {
          summary: 'Periods with scorecards, newest first',
          responses: {
            200: {
              description: 'Periods',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { periods: { type: 'array', items: { type: 'string' } } } },
                },
              },
            },
          },
        },
      },
      '/api/v1/councils': {
        get: {
          summary: 'Councils with data',
          responses: {
            200: {
              description: 'Councils',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { councils: { type: 'array', items: { $ref: '#/components/schemas/Council' } } },
                  },
                },
              },
            },
          },
        },
      },
      '/api/v1/scorecards/{period}': {
        get: {
          summary: 'Every council’s scorecard for a period, with England',
          parameters: [period],
          responses: {
            200: {
              description: 'Scorecard',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/NationalScorecard' } } },
            },
            404: notFound,
          },
        },
      },
      '/api/v1/scorecards/{period}/councils/{code}': {
        get: {
          summary: 'One council’s scorecard for a period, with England',
          parameters: [
            period,
            {
              name: 'code',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^\\d{3}$' },
              example: '850',
            },
          ],
          responses: {
            200: {
              description: 'Scorecard',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/NationalScorecard' } } },
            },
            404: notFound,
          },
        },
      },
    },
    components: {
      schemas: {
        TimeIndicator: timeIndicator,
        ShareIndicator: share,
        Council: {
          type: 'object',
          properties: { code: { type: 'string' }, name: { type: 'string' }, region: { type: 'string' } },
        },
        NationalScorecard: {
          type: 'object',
          required: ['period', 'thresholds', 'england', 'councils'],
          properties: {
            period: { type: 'string' },
            thresholds: { type: 'object', properties: { A1: { type: 'integer' }, A2: { type: 'integer' } } },
            england: indicators,
            counts: { type: 'object' },
            councils: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  code: { type: 'string' },
                  name: { type: 'string' },
                  region: { type: 'string' },
                  status: { type: 'string' },
                  indicators,
                  context: { type: 'object' },
                },
              },
            },
          },
        },
      },
    },
  }
}
