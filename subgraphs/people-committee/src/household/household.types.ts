import { ObjectType } from 'type-graphql';
import { Connection } from '@chung-tay/common';
import { Household } from './household.entity';

@ObjectType({ description: 'A page of households.' })
export class HouseholdConnection extends Connection(Household) {}
